package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.http.Fault;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer's side of Camel's async contract, on every path: the callback is called exactly once, and on failure
 * the exception is already set when it is.
 */
class AsyncCallbackContractTest extends FakeElevenLabsTestSupport {

    record Path(String name, Runnable arrange, String id, boolean fails) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Arguments> paths() {
        List<Arguments> paths = new ArrayList<>();
        for (Transport transport : Transport.values()) {
            for (Path path : pathsOf()) {
                paths.add(Arguments.of(path, transport));
            }
        }
        return paths;
    }

    private static List<Path> pathsOf() {
        return List.of(
                new Path("deleted", () -> fake.addConversations("conv_a"), "conv_a", false),
                new Path("404", () -> { }, "conv_a", true),
                new Path("422", () -> fake.answerDeletesWith(json(422, "{\"detail\":[]}")), "conv_a", true),
                new Path("500", () -> fake.answerDeletesWith(aResponse().withStatus(500)), "conv_a", true),
                new Path("invalid id", () -> { }, "..", true),
                new Path("connection reset", () -> fake.answerDeletesWith(
                        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)), "conv_a", true),
                new Path("timeout", () -> fake.answerDeletesWith(aResponse().withStatus(200).withBody("{}")
                        .withFixedDelay(3_000)), "conv_a", true));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("paths")
    void theCallbackIsCalledExactlyOnceWithTheExceptionAlreadySet(Path path, Transport transport) throws Exception {
        path.arrange().run();
        CamelContext context = camel();
        AsyncProducer producer = context.getEndpoint(deleteOnFake(transport.with("requestTimeout=300", "maxRetries=0")))
                .createAsyncProducer();
        producer.start();
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, path.id());
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<Exception> exceptionWhenCalled = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);

        producer.process(exchange, doneSync -> {
            calls.incrementAndGet();
            exceptionWhenCalled.set(exchange.getException());
            done.countDown();
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).as("callback called").isTrue();
        // a second call would come from a late answer, a deadline or a release racing the first, or from the stop
        // that ends whatever is still in flight: once the producer and the component have stopped, none can come
        producer.stop();
        context.stop();
        assertThat(calls).hasValue(1);
        if (path.fails()) {
            assertThat(exceptionWhenCalled.get()).isNotNull();
        } else {
            assertThat(exceptionWhenCalled.get()).isNull();
        }
    }

    @Test
    void aCallInFlightWhenTheComponentStopsFailsInsteadOfHanging() throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(200).withBody("{}").withFixedDelay(5_000));
        CamelContext context = camel();
        AsyncProducer producer = context.getEndpoint(deleteOnFake("synchronous=false")).createAsyncProducer();
        producer.start();
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_a");
        CountDownLatch done = new CountDownLatch(1);
        producer.process(exchange, doneSync -> done.countDown());
        await("the first delete", () -> fake.deleteRequests() > 0);

        context.getComponent("elevenlabs").stop();

        assertThat(done.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class)
                .hasMessageContaining("stopping");
    }
}
