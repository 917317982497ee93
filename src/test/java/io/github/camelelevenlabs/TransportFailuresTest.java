package io.github.camelelevenlabs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camelelevenlabs.client.BlockingTransport;
import io.github.camelelevenlabs.client.AnswerBody;
import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

class TransportFailuresTest extends FakeElevenLabsTestSupport {

    static Stream<Arguments> brokenAnswers() {
        return Stream.of(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE, Fault.MALFORMED_RESPONSE_CHUNK,
                Fault.RANDOM_DATA_THEN_CLOSE)
                .flatMap(fault -> Stream.of(Transport.values()).map(transport -> Arguments.of(fault, transport)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("brokenAnswers")
    void aBrokenAnswerFailsTheExchangeWithAnIoExceptionAfterOneRequest(Fault fault, Transport transport)
            throws Exception {
        fake.answerDeletesWith(aResponse().withFault(fault));

        Exchange exchange = deleteVia(camel(), deleteOnFake(transport.with()), "conv_a");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("DELETE " + fake.baseUrl() + "/v1/convai/conversations/conv_a");
        assertThat(exchange.getException(ElevenLabsTransportException.class).isTimeout()).isFalse();
        assertThat(fake.deleteRequests()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aRefusedConnectionFailsTheExchangeWithTheConnectExceptionAsCause(Transport transport) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Exchange exchange = deleteVia(camel(), at("http://127.0.0.1:" + closedPort, "delete", transport.with()),
                "conv_a");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class)
                .hasMessageContaining("could not connect")
                .hasRootCauseInstanceOf(ConnectException.class);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aServerThatAnswersTooLateFailsTheExchangeAtTheRequestTimeout(Transport transport) throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(200).withBody("{}").withFixedDelay(10_000));
        long start = System.nanoTime();

        Exchange exchange = deleteVia(camel(), deleteOnFake(transport.with("requestTimeout=300")), "conv_a");

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        ElevenLabsTransportException e = exchange.getException(ElevenLabsTransportException.class);
        assertThat(e.isTimeout()).isTrue();
        assertThat(e).hasMessageContaining("requestTimeout of 300 ms passed")
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(elapsedMillis).as("the exchange ends at its deadline, not at the server's").isLessThan(5_000);
        assertThat(fake.deleteRequests()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aRequestTimeoutOf300MillisFailsNoEarlierThanThatAndWellBeforeThreeTimesThat(Transport transport)
            throws Exception {
        CamelContext context = camel();
        // a first call through the same endpoint, answered at once, so that what is timed is the deadline rather than
        // creating the producer and the first connection
        deleteVia(context, deleteOnFake(transport.with("requestTimeout=300")), "conv_warm_up");
        fake.answerDeletesWith(aResponse().withStatus(200).withBody("{}").withFixedDelay(10_000));
        long start = System.nanoTime();

        Exchange exchange = deleteVia(context, deleteOnFake(transport.with("requestTimeout=300")), "conv_a");

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(exchange.getException(ElevenLabsTransportException.class).isTimeout()).isTrue();
        assertThat(elapsedMillis).isBetween(300L, 899L);
    }

    /** The deadline is each attempt's: a retry after a 503 has its own, and a timeout is never retried. */
    @ParameterizedTest
    @EnumSource(Transport.class)
    void eachAttemptHasItsOwnRequestTimeoutAndATimedOutAttemptIsNotRetried(Transport transport) throws Exception {
        fake.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/convai/conversations/conv_a"))
                .atPriority(1).inScenario("503 then slow").whenScenarioStateIs(
                        com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(FakeElevenLabs.json(503, "{\"detail\":{\"status\":\"system_busy\"}}")
                        .withFixedDelay(250))
                .willSetStateTo("slow"));
        fake.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/convai/conversations/conv_a"))
                .atPriority(1).inScenario("503 then slow").whenScenarioStateIs("slow")
                .willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(10_000)));
        long start = System.nanoTime();

        Exchange exchange = deleteVia(camel(), deleteOnFake(transport.with("requestTimeout=300", "maxRetries=3",
                "initialRetryDelay=10", "maxRetryDelay=10")), "conv_a");

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(exchange.getException(ElevenLabsTransportException.class).isTimeout()).isTrue();
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS)).as("the 503, then the slow one")
                .isEqualTo(2);
        assertThat(elapsedMillis).as("250 ms for the 503, 300 ms for the retry's own deadline").isGreaterThanOrEqualTo(550);
        assertThat(fake.deleteRequests()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aServerThatDribblesItsBodyCannotKeepTheExchangePastTheRequestTimeout(Transport transport) throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"a\":\"" + "x".repeat(200) + "\"}").withChunkedDribbleDelay(20, 10_000));
        long start = System.nanoTime();

        Exchange exchange = deleteVia(camel(), deleteOnFake(transport.with("requestTimeout=500")), "conv_a");

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(exchange.getException(ElevenLabsTransportException.class).isTimeout()).isTrue();
        assertThat(elapsedMillis).isLessThan(5_000);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void afterATimeoutTheNextCallSucceedsOnAFreshConnection(Transport transport) throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(200).withBody("{}").withFixedDelay(2_000));
        CamelContext context = camel();
        deleteVia(context, deleteOnFake(transport.with("requestTimeout=200")), "conv_a");
        fake.reset();
        fake.addConversations("conv_b");

        Exchange exchange = deleteVia(context, deleteOnFake(transport.with("requestTimeout=200")), "conv_b");

        assertThat(exchange.getException()).isNull();
        assertThat(fake.hasConversation("conv_b")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void routesCatchTransportFailuresAsIoExceptions(Transport transport) throws Exception {
        fake.answerDeletesWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IOException.class).handled(true).to("mock:transport");
                from("direct:erase").setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                        .to(deleteOnFake(transport.with()));
            }
        });
        MockEndpoint caught = context.getEndpoint("mock:transport", MockEndpoint.class);
        caught.expectedBodiesReceived("conv_a");

        context.createProducerTemplate().sendBody("direct:erase", "conv_a");

        caught.assertIsSatisfied();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theConnectTimeoutDoesNotLimitHowLongTheAnswerMayTake(Transport transport) throws Exception {
        fake.addConversations("conv_a");
        fake.processFor(1_500);

        Exchange exchange = deleteVia(camel(),
                deleteOnFake(transport.with("connectTimeout=300", "requestTimeout=10000")), "conv_a");

        assertThat(exchange.getException()).isNull();
        assertThat(fake.hasConversation("conv_a")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void afterATimeoutTheRouteDoesNotContinueOnTheTimerThread(Transport transport) throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(200).withBody("{}").withFixedDelay(3_000));
        AtomicReference<String> thread = new AtomicReference<>();
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IOException.class).handled(true)
                        .process(e -> thread.set(Thread.currentThread().getName()));
                from("direct:erase").setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                        .to(deleteOnFake(transport.with("requestTimeout=200", "maxRetries=0")));
            }
        });

        context.createProducerTemplate().sendBody("direct:erase", "conv_a");

        assertThat(thread.get()).isNotNull().doesNotContain("ElevenLabsTimers");
    }

    @ParameterizedTest(name = "{0}, chunked={1}")
    @CsvSource({ "NON_BLOCKING, false", "NON_BLOCKING, true", "SYNCHRONOUS, false", "SYNCHRONOUS, true" })
    void anAnswerOverFourMebibytesFailsTheExchangeInsteadOfFillingTheHeap(Transport transport, boolean chunked)
            throws Exception {
        String body = "{\"a\":\"" + "x".repeat(AnswerBody.MAX_JSON_BYTES) + "\"}";
        fake.answerDeletesWith(chunked ? aResponse().withStatus(200).withBody(body).withChunkedDribbleDelay(4, 1)
                : aResponse().withStatus(200).withHeader("Content-Length", String.valueOf(body.length()))
                        .withBody(body));

        Exchange exchange = deleteVia(camel(), deleteOnFake(transport.with()), "conv_a");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class)
                .hasMessageContaining("exceeds " + AnswerBody.MAX_JSON_BYTES + " bytes");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aConnectionTheServerClosedWhileIdleIsNotUsedForTheNextDelete(Transport transport) throws Exception {
        try (ServerClosingEachConnection server = new ServerClosingEachConnection()) {
            CamelContext context = camel();
            String uri = at("http://127.0.0.1:" + server.port(), "delete", transport.with());
            assertThat(deleteVia(context, uri, "conv_a").getException()).isNull();
            // idle for longer than any check interval: the close has long arrived, as from a server's idle timeout
            Thread.sleep(BlockingTransport.CHECK_AFTER_IDLE_MILLIS + 200);

            Exchange second = deleteVia(context, uri, "conv_b");

            assertThat(second.getException()).isNull();
            assertThat(server.answered()).isEqualTo(2);
        }
    }

    static List<Arguments> oversizedHeads() {
        String big = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Big: " + "a".repeat(8 * 1024 * 1024)
                     + "\r\nContent-Length: 2\r\n\r\n{}";
        StringBuilder many = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
        for (int i = 0; i < 1_000; i++) {
            many.append("X-Header-").append(i).append(": ").append(i).append("\r\n");
        }
        many.append("Content-Length: 2\r\n\r\n{}");
        List<Arguments> heads = new ArrayList<>();
        for (Transport transport : Transport.values()) {
            heads.add(Arguments.of("an 8 MiB header", big, transport));
            heads.add(Arguments.of("1,000 headers", many.toString(), transport));
        }
        return heads;
    }

    /** An I/O failure's message may quote the broken line: it reaches the exception escaped, never raw. */
    @ParameterizedTest
    @EnumSource(Transport.class)
    void aMalformedHeaderCannotPutControlCharactersIntoTheExceptionMessage(Transport transport) throws Exception {
        byte[] answer = ("HTTP/1.1 200 OK\r\nforged\r2026-11-29 INFO erased \u001b[2K no colon here\r\n"
                         + "Content-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1);
        try (ServerClosingEachConnection server = new ServerClosingEachConnection(answer)) {

            Exchange exchange = deleteVia(camel(), at("http://127.0.0.1:" + server.port(), "delete",
                    transport.with("maxRetries=0")), "conv_a");

            assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class);
            assertThat(exchange.getException().getMessage()).doesNotContain("\r").doesNotContain("\n")
                    .doesNotContain("\u001b");
        }
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("oversizedHeads")
    void anAnswerWhoseHeadIsOverTheLimitsFailsAsABrokenAnswer(String what, String answer, Transport transport)
            throws Exception {
        try (ServerClosingEachConnection server = new ServerClosingEachConnection(
                answer.getBytes(StandardCharsets.US_ASCII))) {

            Exchange exchange = deleteVia(camel(), at("http://127.0.0.1:" + server.port(), "delete",
                    transport.with("maxRetries=0")), "conv_a");

            assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class);
            assertThat(exchange.getException(ElevenLabsTransportException.class).isTimeout()).isFalse();
        }
    }

    /**
     * A server that answers one request per connection and then closes it, without saying so in the answer, as a
     * server or proxy does when its idle timeout ends a kept-alive connection; by default a 200 {@code {}}.
     */
    private static final class ServerClosingEachConnection implements AutoCloseable {

        private static final byte[] OK = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                          + "Content-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII);

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger answered = new AtomicInteger();
        private final Thread acceptor = new Thread(this::serve, "server-closing-each-connection");
        private final byte[] answer;

        ServerClosingEachConnection() throws IOException {
            this(OK);
        }

        ServerClosingEachConnection(byte[] answer) throws IOException {
            this.answer = answer;
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int answered() {
            return answered.get();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    BufferedReader request = new BufferedReader(new InputStreamReader(
                            connection.getInputStream(), StandardCharsets.US_ASCII));
                    String line;
                    while ((line = request.readLine()) != null && !line.isEmpty()) {
                        // the request has no body: its head is all there is to read
                    }
                    // counted before the answer goes out, so that a client that has it sees it counted
                    answered.incrementAndGet();
                    connection.getOutputStream().write(answer);
                    connection.getOutputStream().flush();
                } catch (IOException closed) {
                    // the test is over, or the client went away
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
