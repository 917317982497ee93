package io.github.camelelevenlabs;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;

import com.github.tomakehurst.wiremock.http.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

class TransportFailuresTest extends FakeElevenLabsTestSupport {

    @ParameterizedTest
    @EnumSource(value = Fault.class,
                names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK",
                          "RANDOM_DATA_THEN_CLOSE" })
    void aBrokenAnswerFailsTheExchangeWithAnIoExceptionAfterOneRequest(Fault fault) throws Exception {
        fake.answerDeletesWith(aResponse().withFault(fault));

        Exchange exchange = deleteVia(camel(), deleteOnFake(), "conv_a");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("DELETE " + fake.baseUrl() + "/v1/convai/conversations/conv_a");
        assertThat(exchange.getException(ElevenLabsTransportException.class).isTimeout()).isFalse();
        assertThat(fake.deleteRequests()).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionFailsTheExchangeWithTheConnectExceptionAsCause() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Exchange exchange = deleteVia(camel(),
                "elevenlabs:conversations?operation=delete&baseUrl=http://127.0.0.1:" + closedPort, "conv_a");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class)
                .hasMessageContaining("could not connect")
                .hasRootCauseInstanceOf(ConnectException.class);
    }

    @Test
    void aServerThatAnswersTooLateFailsTheExchangeAtTheRequestTimeout() throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(200).withBody("{}").withFixedDelay(10_000));
        long start = System.nanoTime();

        Exchange exchange = deleteVia(camel(), deleteOnFake("requestTimeout=300"), "conv_a");

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        ElevenLabsTransportException e = exchange.getException(ElevenLabsTransportException.class);
        assertThat(e.isTimeout()).isTrue();
        assertThat(e).hasMessageContaining("requestTimeout of 300 ms passed")
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(elapsedMillis).as("the exchange ends at its deadline, not at the server's").isLessThan(5_000);
        assertThat(fake.deleteRequests()).isEqualTo(1);
    }

    @Test
    void aServerThatDribblesItsBodyCannotKeepTheExchangePastTheRequestTimeout() throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"a\":\"" + "x".repeat(200) + "\"}").withChunkedDribbleDelay(20, 10_000));
        long start = System.nanoTime();

        Exchange exchange = deleteVia(camel(), deleteOnFake("requestTimeout=500"), "conv_a");

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(exchange.getException(ElevenLabsTransportException.class).isTimeout()).isTrue();
        assertThat(elapsedMillis).isLessThan(5_000);
    }

    @Test
    void afterATimeoutTheNextCallSucceedsOnAFreshConnection() throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(200).withBody("{}").withFixedDelay(2_000));
        CamelContext context = camel();
        deleteVia(context, deleteOnFake("requestTimeout=200"), "conv_a");
        fake.reset();
        fake.addConversations("conv_b");

        Exchange exchange = deleteVia(context, deleteOnFake("requestTimeout=200"), "conv_b");

        assertThat(exchange.getException()).isNull();
        assertThat(fake.hasConversation("conv_b")).isFalse();
    }

    @Test
    void routesCatchTransportFailuresAsIoExceptions() throws Exception {
        fake.answerDeletesWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IOException.class).handled(true).to("mock:transport");
                from("direct:erase").setHeader(ElevenLabsConstants.CONVERSATION_ID, body()).to(deleteOnFake());
            }
        });
        MockEndpoint transport = context.getEndpoint("mock:transport", MockEndpoint.class);
        transport.expectedBodiesReceived("conv_a");

        context.createProducerTemplate().sendBody("direct:erase", "conv_a");

        transport.assertIsSatisfied();
    }

    @Test
    void theConnectTimeoutDoesNotLimitHowLongTheAnswerMayTake() throws Exception {
        fake.addConversations("conv_a");
        fake.processFor(1_500);

        Exchange exchange = deleteVia(camel(), deleteOnFake("connectTimeout=300", "requestTimeout=10000"), "conv_a");

        assertThat(exchange.getException()).isNull();
        assertThat(fake.hasConversation("conv_a")).isFalse();
    }

    @Test
    void afterATimeoutTheRouteDoesNotContinueOnTheTimerThread() throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(200).withBody("{}").withFixedDelay(3_000));
        java.util.concurrent.atomic.AtomicReference<String> thread = new java.util.concurrent.atomic.AtomicReference<>();
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IOException.class).handled(true)
                        .process(e -> thread.set(Thread.currentThread().getName()));
                from("direct:erase").setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                        .to(deleteOnFake("requestTimeout=200", "maxRetries=0"));
            }
        });

        context.createProducerTemplate().sendBody("direct:erase", "conv_a");

        assertThat(thread.get()).isNotNull().doesNotContain("ElevenLabsTimers");
    }
}
