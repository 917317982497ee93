package io.github.camelelevenlabs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The route recipes of docs/resilience.md do what the page says they do. */
class ResilienceRecipesTest extends FakeElevenLabsTestSupport {

    @Test
    void theRateLimitRecipeRedeliversAfterTheWaitElevenLabsAskedFor() throws Exception {
        fake.answerDeletesWith(json(429, "{\"detail\":{\"status\":\"rate_limit_exceeded\"}}")
                .withHeader("Retry-After", "1"));
        List<Long> attempts = new CopyOnWriteArrayList<>();
        // a longer wait than maxRetryDelay: the component hands it to the route at once, with getRetryAfter()
        String endpoint = deleteOnFake("maxRetryDelay=100");
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                // as in docs/resilience.md, and a record of the wait before each redelivery
                onException(ElevenLabsRateLimitException.class)
                        .maximumRedeliveries(5).redeliveryDelay(5000).asyncDelayedRedelivery()
                        .onExceptionOccurred(exchange -> exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY,
                                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, ElevenLabsRateLimitException.class)
                                        .getRetryAfter().map(Duration::toMillis).orElse(5000L)))
                        .onRedelivery(exchange -> attempts.add(System.nanoTime()));
                from("direct:erase").setHeader(ElevenLabsConstants.CONVERSATION_ID, body()).to(endpoint);
            }
        });

        attempts.add(System.nanoTime());
        Exchange exchange = context.createProducerTemplate().send("direct:erase", e -> e.getMessage().setBody("conv_a"));

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsRateLimitException.class);
        assertThat(attempts).as("the first attempt and 5 redeliveries").hasSize(6);
        for (int i = 1; i < attempts.size(); i++) {
            assertThat(Duration.ofNanos(attempts.get(i) - attempts.get(i - 1)))
                    .as("the wait before redelivery %d: what Retry-After asked, not 5 s", i)
                    .isBetween(Duration.ofMillis(950), Duration.ofMillis(4_000));
        }
    }
}
