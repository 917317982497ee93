package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;

import io.github.camelelevenlabs.client.BlockingTransport;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code synchronous=true}, the default: the calling thread makes the call, waits for the answer and continues the
 * route, with its thread-bound context (a transaction, MDC), as fast as a thread can; with {@code synchronous=false}
 * the route continues on the component's threads. The behaviour of a call on either transport is specified once, in
 * the tests parameterized by {@link Transport}.
 */
class SynchronousModeTest extends FakeElevenLabsTestSupport {

    /**
     * The callers' own threads: the common pool may have one thread on a small machine (and newer JDKs run every
     * task there), which would run the callers one after the other.
     */
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    private static final ThreadLocal<String> CONTEXT = new ThreadLocal<>();

    @Test
    void byDefaultTheRouteContinuesOnTheCallingThreadWithItsContext() throws Exception {
        fake.addConversations("conv_1");
        AtomicReference<Thread> after = new AtomicReference<>();
        AtomicReference<String> contextAfter = new AtomicReference<>();
        CamelContext context = camel(route(deleteOnFake(), after, contextAfter));

        CONTEXT.set("tx-42");
        try {
            Exchange exchange = deleteVia(context, "direct:erase", "conv_1");

            assertThat(exchange.getException()).isNull();
            assertThat(after.get()).isSameAs(Thread.currentThread());
            assertThat(contextAfter.get()).isEqualTo("tx-42");
            assertThat(fake.hasConversation("conv_1")).isFalse();
        } finally {
            CONTEXT.remove();
        }
    }

    @Test
    void withSynchronousFalseTheRouteContinuesOnTheComponentsThreadsNotTheCallers() throws Exception {
        fake.addConversations("conv_1");
        AtomicReference<Thread> after = new AtomicReference<>();
        CamelContext context = camel(route(deleteOnFake("synchronous=false"), after, new AtomicReference<>()));

        deleteVia(context, "direct:erase", "conv_1");

        assertThat(after.get()).isNotSameAs(Thread.currentThread());
        assertThat(after.get().getName()).contains("ElevenLabsCallbacks");
    }

    @Test
    void aSynchronousEndpointRetriesAndFailsWithTheSameTypedExceptions() throws Exception {
        CamelContext context = camel(route(deleteOnFake("synchronous=true", "maxRetries=1", "initialRetryDelay=10"),
                new AtomicReference<>(), new AtomicReference<>()));

        Exchange exchange = deleteVia(context, "direct:erase", "conv_never_existed");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsNotFoundException.class);
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS)).isEqualTo(1);
    }

    @Test
    void synchronousCallersTogetherStayWithinMaxConcurrentRequestsAndAllAreServed() throws Exception {
        List<String> ids = ids("conv_", 40);
        fake.addConversations(ids);
        fake.processFor(20);
        CamelContext context = camel();
        // one endpoint, as in a route: the bound is the endpoint's
        Endpoint endpoint = context.getEndpoint(deleteOnFake("synchronous=true", "maxConcurrentRequests=2"));
        ProducerTemplate template = context.createProducerTemplate();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Exchange>> exchanges = new ArrayList<>();
        try {
            for (String id : ids) {
                exchanges.add(callers.submit(() -> template.send(endpoint,
                        exchange -> exchange.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, id))));
            }
            for (Future<Exchange> exchange : exchanges) {
                assertThat(exchange.get(30, TimeUnit.SECONDS).getException()).isNull();
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(fake.conversationIds()).isEmpty();
        assertThat(fake.maxConcurrentRequests()).as("eight callers, two at a time").isEqualTo(2);
    }

    @Test
    void aSynchronousCallInFlightWhenTheComponentStopsFailsInsteadOfHanging() throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(200).withBody("{}").withFixedDelay(5_000));
        CamelContext context = camel();
        CompletableFuture<Exchange> pending = CompletableFuture.supplyAsync(
                () -> deleteVia(context, deleteOnFake("synchronous=true", "requestTimeout=30000"), "conv_a"), callers);
        await("the first delete", () -> fake.deleteRequests() > 0);

        context.getComponent("elevenlabs").stop();

        Exchange exchange = pending.get(2, TimeUnit.SECONDS);
        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class)
                .hasMessageContaining("stopping");
    }

    @Test
    void aSynchronousCallerWaitingForAPooledConnectionIsReleasedAtOnceWhenTheComponentStops() throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(200).withBody("{}").withFixedDelay(5_000));
        CamelContext context = camel(KEY,
                c -> c.getComponent("elevenlabs", ElevenLabsComponent.class).setMaxConnectionsPerHost(1));
        String uri = deleteOnFake("synchronous=true", "requestTimeout=30000", "connectTimeout=30000");
        CompletableFuture<Exchange> first = CompletableFuture.supplyAsync(() -> deleteVia(context, uri, "conv_a"),
                callers);
        await("the first delete", () -> fake.deleteRequests() > 0);
        // the only connection is taken: the second caller waits for it
        CompletableFuture<Exchange> second = CompletableFuture.supplyAsync(() -> deleteVia(context, uri, "conv_b"),
                callers);
        BlockingTransport client = context.getComponent("elevenlabs", ElevenLabsComponent.class)
                .blockingTransport(SSLContext.getDefault());
        await("the second caller waiting for the connection", () -> client.waitingForConnection() == 1);

        context.getComponent("elevenlabs").stop();

        for (CompletableFuture<Exchange> exchange : List.of(first, second)) {
            assertThat(exchange.get(2, TimeUnit.SECONDS).getException())
                    .isInstanceOf(ElevenLabsTransportException.class).hasMessageContaining("stopping");
        }
    }

    @Test
    void aCallerWhoseThreadWasInterruptedGetsATypedFailureAndLeavesItsPlaceToTheNext() throws Exception {
        fake.addConversations("conv_b");
        CamelContext context = camel();
        String uri = deleteOnFake("synchronous=true", "maxConcurrentRequests=1");

        Thread.currentThread().interrupt();
        Exchange interrupted;
        try {
            interrupted = deleteVia(context, uri, "conv_a");
        } finally {
            Thread.interrupted();
        }
        Exchange next = CompletableFuture.supplyAsync(() -> deleteVia(context, uri, "conv_b"), callers)
                .get(5, TimeUnit.SECONDS);

        assertThat(interrupted.getException()).isInstanceOf(ElevenLabsTransportException.class)
                .hasMessageContaining("was interrupted");
        assertThat(fake.requests()).as("nothing was sent for the interrupted caller").hasSize(1);
        assertThat(next.getException()).isNull();
        assertThat(fake.hasConversation("conv_b")).isFalse();
    }

    private static RouteBuilder route(String uri, AtomicReference<Thread> after, AtomicReference<String> contextAfter) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase").to(uri).process(exchange -> {
                    after.set(Thread.currentThread());
                    contextAfter.set(CONTEXT.get());
                });
            }
        };
    }
}
