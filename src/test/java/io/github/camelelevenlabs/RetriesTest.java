package io.github.camelelevenlabs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

class RetriesTest extends FakeElevenLabsTestSupport {

    private static final String PATH = "/v1/convai/conversations/conv_a";

    private static void answerInTurn(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
        String state = STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i == answers.length - 1 ? state : "answer " + (i + 1);
            fake.stubFor(delete(PATH).atPriority(1).inScenario("in turn").whenScenarioStateIs(state)
                    .willReturn(answers[i]).willSetStateTo(next));
            state = next;
        }
    }

    /**
     * The window of concurrencyLimitTimeout opens at a call's first refusal over the plan and stays open: retries of
     * other answers in between do not open another, so that a call's worst case is what the docs say.
     */
    @ParameterizedTest
    @EnumSource(Transport.class)
    void refusalsOverThePlanEndOnceConcurrencyLimitTimeoutHasPassedEvenWithRetriesInBetween(Transport transport)
            throws Exception {
        com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder[] answers =
                new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder[40];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = i % 2 == 0
                    ? json(429, "{\"detail\":{\"status\":\"concurrent_limit_exceeded\",\"message\":\"busy\"}}")
                    : json(503, "{\"detail\":{\"status\":\"system_busy\"}}");
        }
        answerInTurn(answers);

        Exchange exchange = deleteVia(camel(), deleteOnFake(transport.with("maxRetries=30", "initialRetryDelay=20",
                "maxRetryDelay=20", "concurrencyLimitTimeout=400")), "conv_a");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsRateLimitException.class);
        assertThat(((ElevenLabsException) exchange.getException()).getErrorCode())
                .isEqualTo("concurrent_limit_exceeded");
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS, Integer.class))
                .as("ended by the window, not by running out of retries or answers").isBetween(3, 25);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void a503ThenA429WithRetryAfterThenSuccessCompletesAfterThreeRequestsHavingWaitedAsAsked(Transport transport) throws Exception {
        answerInTurn(json(503, "{\"detail\":{\"status\":\"system_busy\"}}"),
                json(429, "{\"detail\":{\"status\":\"rate_limit_exceeded\"}}").withHeader("Retry-After", "1"),
                json(200, "{}"));
        long start = System.nanoTime();

        Exchange exchange = deleteVia(camel(), deleteOnFake(transport.with("initialRetryDelay=50")), "conv_a");

        assertThat(exchange.getException()).isNull();
        assertThat(fake.deleteRequests()).isEqualTo(3);
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS)).isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void withMaxRetriesZeroTheFirstFailureIsFinal(Transport transport) throws Exception {
        fake.answerDeletesWith(json(503, "{\"detail\":{\"status\":\"system_busy\"}}"));

        Exchange exchange = deleteVia(camel(), deleteOnFake(transport.with("maxRetries=0")), "conv_a");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsServerException.class);
        assertThat(fake.deleteRequests()).isEqualTo(1);
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aRetryAfterLongerThanMaxRetryDelayFailsAtOnceSayingHowLongToWait(Transport transport) throws Exception {
        fake.answerDeletesWith(json(429, "{\"detail\":{\"status\":\"rate_limit_exceeded\"}}")
                .withHeader("Retry-After", "3600"));
        long start = System.nanoTime();

        Exchange exchange = deleteVia(camel(), deleteOnFake(transport.with()), "conv_a");

        assertThat(exchange.getException(ElevenLabsRateLimitException.class).getRetryAfter())
                .contains(Duration.ofHours(1));
        assertThat(fake.deleteRequests()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("it did not wait").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServerErrorAskingForALongerWaitThanMaxRetryDelayAlsoSaysHowLong() throws Exception {
        fake.answerDeletesWith(json(503, "{\"detail\":{\"status\":\"busy\"}}").withHeader("Retry-After", "3600"));

        Exchange exchange = deleteVia(camel(), deleteOnFake(), "conv_a");

        assertThat(exchange.getException(ElevenLabsServerException.class).getRetryAfter())
                .contains(Duration.ofHours(1));
        assertThat(fake.deleteRequests()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void threeServerErrorsFailAfterThreeRequests(Transport transport) throws Exception {
        fake.answerDeletesWith(json(500, "{\"detail\":{\"status\":\"internal_error\"}}"));

        Exchange exchange = deleteVia(camel(), deleteOnFake(transport.with("initialRetryDelay=20")), "conv_a");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsServerException.class);
        assertThat(fake.deleteRequests()).isEqualTo(3);
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS)).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 401, 403, 404, 422 })
    void clientErrorsAreNeverRetried(int status) throws Exception {
        fake.answerDeletesWith(json(status, status == 422 ? "{\"detail\":[]}" : "{\"detail\":{\"status\":\"no\"}}"));

        deleteVia(camel(), deleteOnFake("initialRetryDelay=20"), "conv_a");

        assertThat(fake.deleteRequests()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void eachRetryIsLoggedAtDebugWithItsStatusDelayAndRequestIdButNotTheKey(Transport transport) throws Exception {
        answerInTurn(json(503, "{}").withHeader("request-id", "req_busy_1"), json(200, "{}"));

        String logs;
        try (CapturedLogs captured = new CapturedLogs()) {
            deleteVia(camel(), deleteOnFake(transport.with("initialRetryDelay=20")), "conv_a");
            logs = captured.text();
        }

        assertThat(logs).containsPattern("answered HTTP 503 \\(request-id req_busy_1\\): retry 1 of 2 in \\d+ ms")
                .doesNotContain(KEY);
    }

    @Test
    void withSynchronousFalseAWaitForARetryHoldsNoThread() throws Exception {
        List<String> ids = ids("conv_", 50);
        fake.addConversations(ids);
        fake.answerDeletesWith(json(503, "{}").withHeader("Retry-After", "1"));
        CamelContext context = camel();
        AsyncProducer producer = context.getEndpoint(deleteOnFake("synchronous=false", "maxRetries=1"))
                .createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(ids.size());
        List<Boolean> completedSynchronously = new ArrayList<>();

        for (String id : ids) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, id);
            completedSynchronously.add(producer.process(exchange, doneSync -> done.countDown()));
        }

        assertThat(completedSynchronously).as("process() returned at once for every exchange").containsOnly(false);
        assertThat(done.getCount()).as("none could be answered yet: each must wait a second to retry")
                .isEqualTo(ids.size());
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fake.deleteRequests()).isEqualTo(100);
        producer.stop();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void withIgnoreNotFoundAConversationAlreadyGoneCompletesTheExchange(Transport transport) throws Exception {
        fake.addConversations("conv_present");
        CamelContext context = camel();

        Exchange gone = deleteVia(context, deleteOnFake(transport.with("ignoreNotFound=true")), "conv_gone");
        Exchange present = deleteVia(context, deleteOnFake(transport.with("ignoreNotFound=true")), "conv_present");

        assertThat(gone.getException()).isNull();
        assertThat(gone.getMessage().getHeader(ElevenLabsConstants.NOT_FOUND)).isEqualTo(true);
        assertThat(gone.getMessage().getBody()).isNull();
        assertThat(present.getException()).isNull();
        assertThat(present.getMessage().getHeader(ElevenLabsConstants.NOT_FOUND)).isEqualTo(false);
    }

    @Test
    void withoutIgnoreNotFoundTheHeaderIsNotSet() throws Exception {
        fake.addConversations("conv_present");

        Exchange present = deleteVia(camel(), deleteOnFake(), "conv_present");

        assertThat(present.getMessage().getHeaders()).doesNotContainKey(ElevenLabsConstants.NOT_FOUND);
    }

    @Test
    void withSynchronousFalseMoreThanAThousandCallsAtOnceAreAllServedNoneRefused() throws Exception {
        List<String> ids = ids("conv_many_", 1_100);
        fake.addConversations(ids);
        fake.processFor(10);
        CamelContext context = camel();
        AsyncProducer producer = context.getEndpoint(deleteOnFake("synchronous=false")).createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(ids.size());
        List<Exchange> exchanges = new ArrayList<>();

        for (String id : ids) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, id);
            exchanges.add(exchange);
            producer.process(exchange, doneSync -> done.countDown());
        }

        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(exchanges).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(fake.conversationIds()).isEmpty();
        producer.stop();
    }
}
