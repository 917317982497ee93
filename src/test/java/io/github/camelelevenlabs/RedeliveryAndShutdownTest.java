package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/** How the component's retries combine with route redelivery, and what stopping does to calls in flight. */
class RedeliveryAndShutdownTest extends FakeElevenLabsTestSupport {

    private static RouteBuilder eraseWithRedelivery(String endpoint, int redeliveries) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").maximumRedeliveries(redeliveries).redeliveryDelay(10)
                        .asyncDelayedRedelivery());
                from("direct:erase").routeId("erase")
                        .setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                        .to(endpoint);
            }
        };
    }

    @ParameterizedTest(name = "maxRetries={0}, maximumRedeliveries={1}: {2} requests")
    @CsvSource({ "0, 3, 4", "2, 3, 12", "2, 0, 3" })
    void routeRedeliveriesMultiplyTheComponentsAttempts(int maxRetries, int redeliveries, int requests)
            throws Exception {
        fake.answerDeletesWith(json(500, "{\"detail\":{\"status\":\"internal_error\"}}"));
        CamelContext context = camel(eraseWithRedelivery(
                deleteOnFake("maxRetries=" + maxRetries, "initialRetryDelay=10"), redeliveries));
        MockEndpoint dead = context.getEndpoint("mock:dead", MockEndpoint.class);
        dead.expectedMessageCount(1);

        context.createProducerTemplate().sendBody("direct:erase", "conv_a");

        dead.assertIsSatisfied();
        assertThat(fake.deleteRequests()).isEqualTo(requests);
        assertThat(dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT))
                .isInstanceOf(ElevenLabsServerException.class);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void stoppingARouteWithARetryPendingFailsTheExchangeAndNoRetryIsSentAfterwards(Transport transport)
            throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(503).withHeader("Retry-After", "2")
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":{\"status\":\"busy\"}}"));
        CamelContext context = camel(KEY, c -> c.getShutdownStrategy().setTimeout(1), new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase").routeId("erase")
                        .setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                        .to(deleteOnFake(transport.with()));
            }
        });
        CompletableFuture<Exchange> pending = context.createProducerTemplate().asyncSend("direct:erase",
                e -> e.getMessage().setBody("conv_a"));
        await("the first delete", () -> fake.deleteRequests() > 0);

        context.getRouteController().stopRoute("erase");

        Exchange exchange = pending.get(5, TimeUnit.SECONDS);
        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class)
                .hasMessageContaining("abandoned after 1 attempt(s): the producer stopped");
        if (transport == Transport.NON_BLOCKING) {
            // the retry was left on the component's single timer thread, due 2 s after the 503: a timer due after
            // it runs once the retry has run (and found its call abandoned)
            context.getComponent("elevenlabs", ElevenLabsComponent.class).timers()
                    .schedule(() -> { }, 2_000, TimeUnit.MILLISECONDS).get(10, TimeUnit.SECONDS);
        }
        // a synchronous caller waits out the retry delay on its own thread, which the completed exchange has left
        assertThat(fake.deleteRequests()).as("no retry fired after the stop").isEqualTo(1);
    }

    @Test
    void stoppingTheContextLetsDeletesInFlightFinish() throws Exception {
        List<String> ids = ids("conv_", 20);
        fake.addConversations(ids);
        fake.processFor(300);
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase").setHeader(ElevenLabsConstants.CONVERSATION_ID, body()).to(deleteOnFake());
            }
        });
        List<CompletableFuture<Exchange>> pending = new ArrayList<>();
        for (String id : ids) {
            pending.add(context.createProducerTemplate().asyncSend("direct:erase", e -> e.getMessage().setBody(id)));
        }
        await("the first delete", () -> fake.deleteRequests() > 0);

        context.stop();

        for (CompletableFuture<Exchange> exchange : pending) {
            assertThat(exchange.get(5, TimeUnit.SECONDS).getException()).isNull();
        }
        assertThat(fake.conversationIds()).isEmpty();
    }
}
