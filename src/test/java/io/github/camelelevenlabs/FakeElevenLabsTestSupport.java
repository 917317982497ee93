package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs Camel against the fake ElevenLabs API. Each test starts its own CamelContext; after each test every request the
 * component sent, and every answer the fake gave, must match the published OpenAPI.
 */
public abstract class FakeElevenLabsTestSupport {

    static final String KEY = FakeElevenLabs.API_KEY;

    static FakeElevenLabs fake;

    private final List<CamelContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startFake() {
        fake = new FakeElevenLabs().start();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void resetFake() {
        fake.reset();
    }

    @AfterEach
    void stopCamelAndCheckTheContract() {
        contexts.forEach(CamelContext::stop);
        assertThat(fake.contractViolations()).as("requests and answers against the OpenAPI").isEmpty();
    }

    /** @return an endpoint URI that deletes on the fake, with the given extra options */
    static String deleteOnFake(String... options) {
        return onFake("delete", options);
    }

    /** @return an endpoint URI of the operation on the fake, with the given extra options */
    static String onFake(String operation, String... options) {
        return at(fake.baseUrl(), operation, options);
    }

    /** @return an endpoint URI of the operation on another server, such as the fake over TLS, with the options */
    static String at(String baseUrl, String operation, String... options) {
        StringBuilder uri = new StringBuilder("elevenlabs:conversations?operation=").append(operation)
                .append("&baseUrl=").append(baseUrl);
        for (String option : options) {
            uri.append('&').append(option);
        }
        return uri.toString();
    }

    /** @return a route from {@code direct:erase} to the URI */
    static RouteBuilder routeTo(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase").to(uri);
            }
        };
    }

    /** @return {@code count} ids: the prefix and 0, 1, 2... */
    static List<String> ids(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(prefix + i);
        }
        return ids;
    }

    /** @return the conversations a list exchange found, all pages fetched; the exchange must have succeeded */
    @SuppressWarnings("unchecked")
    static List<ConversationSummary> summariesOf(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        List<ConversationSummary> all = new ArrayList<>();
        ((Iterator<ConversationSummary>) exchange.getMessage().getBody()).forEachRemaining(all::add);
        return all;
    }

    /** Waits until the condition holds, failing the test after 30 s rather than hanging the build. */
    public static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(5);
        }
    }

    /**
     * A started CamelContext whose elevenlabs component has the fake's key and sees an empty environment, so that a
     * developer's own ELEVENLABS_API_KEY never changes a test.
     */
    CamelContext camel(RoutesBuilder... routes) throws Exception {
        return camel(KEY, routes);
    }

    CamelContext camel(String componentKey, RoutesBuilder... routes) throws Exception {
        return camel(componentKey, context -> { }, routes);
    }

    CamelContext camel(String componentKey, Consumer<CamelContext> beforeStart, RoutesBuilder... routes)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        ElevenLabsComponent component = new ElevenLabsComponent();
        component.setApiKey(componentKey);
        component.setEnvironment(name -> null);
        context.addComponent("elevenlabs", component);
        beforeStart.accept(context);
        for (RoutesBuilder route : routes) {
            context.addRoutes(route);
        }
        contexts.add(context);
        context.start();
        return context;
    }

    /** Sends a message with the conversation id header to the URI and returns the exchange, failed or not. */
    static Exchange deleteVia(CamelContext context, String uri, Object conversationId) {
        ProducerTemplate template = context.createProducerTemplate();
        return template.send(uri, exchange -> {
            if (conversationId != null) {
                exchange.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, conversationId);
            }
        });
    }
}
