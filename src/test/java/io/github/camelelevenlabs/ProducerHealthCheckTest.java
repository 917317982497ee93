package io.github.camelelevenlabs;

import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.github.camelelevenlabs.client.ApiKey;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static io.github.camelelevenlabs.fake.FakeElevenLabs.offContract;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opt-in producer health check: what Kubernetes probes and Spring Boot actuator see when the key, the host or the
 * plan's limits stop erasures, and that probing costs the account at most one cheap read per period.
 */
class ProducerHealthCheckTest extends FakeElevenLabsTestSupport {

    @Test
    void producerChecksAreOffUntilCamelIsToldToRunThem() throws Exception {
        CamelContext context = camel(routeTo(deleteOnFake()));

        assertThat(elevenLabsResults(context)).isEmpty();
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void upWhenElevenLabsAcceptsTheKeyCheckedWithAReadNeverADelete() throws Exception {
        fake.addConversations("conv_1");
        CamelContext context = camelWithProducerChecks(KEY, deleteOnFake());

        HealthCheck.Result result = theOnlyResult(context);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200);
        assertThat(fake.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.rawPath()).isEqualTo("/v1/convai/conversations");
            assertThat(request.rawQuery()).isEqualTo("page_size=1");
        });
        assertThat(fake.hasConversation("conv_1")).isTrue();
    }

    @Test
    void downWithTheReasonWhenTheKeyIsRejectedAndTheKeyIsNotShown() throws Exception {
        CamelContext context = camelWithProducerChecks("sk_rejected_4a4a4a4a4a4a", deleteOnFake());

        HealthCheck.Result result = theOnlyResult(context);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("ElevenLabs rejected the API key (HTTP 401)");
        assertThat(result.getError()).get().isInstanceOf(ElevenLabsAuthenticationException.class);
        assertThat(result.toString() + result.getDetails() + result.getError().get().getMessage())
                .doesNotContain("sk_rejected_4a4a4a4a4a4a");
    }

    @Test
    void downWhenTheAccountIsRateLimitedWithHowLongToWait() throws Exception {
        fake.stubFor(get(urlPathEqualTo("/v1/convai/conversations")).atPriority(1)
                .willReturn(json(429, "{\"detail\":{\"status\":\"rate_limit_exceeded\",\"message\":\"slow down\"}}")
                        .withHeader("Retry-After", "7")));
        CamelContext context = camelWithProducerChecks(KEY, deleteOnFake());

        HealthCheck.Result result = theOnlyResult(context);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("the ElevenLabs account is rate-limited (HTTP 429)");
        assertThat(result.getDetails()).containsEntry("retry.after.seconds", 7L);
    }

    @Test
    void upWhenThePlansConcurrentRequestsAreMerelyAllInUseAsABulkErasureAtItsShareDoes() throws Exception {
        fake.stubFor(get(urlPathEqualTo("/v1/convai/conversations")).atPriority(1)
                .willReturn(json(429, "{\"detail\":{\"status\":\"concurrent_limit_exceeded\",\"message\":\"busy\"}}")));
        CamelContext context = camelWithProducerChecks(KEY, deleteOnFake());

        HealthCheck.Result result = theOnlyResult(context);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("concurrency.saturated", true);
    }

    @Test
    void downOnARedirectWhichCallsDoNotFollow() throws Exception {
        fake.stubFor(get(urlPathEqualTo("/v1/convai/conversations")).atPriority(1)
                .willReturn(offContract(aResponse().withStatus(301).withHeader("Location", "https://elsewhere"),
                        "a proxy's redirect")));
        CamelContext context = camelWithProducerChecks(KEY, deleteOnFake());

        HealthCheck.Result result = theOnlyResult(context);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).get().asString().contains("HTTP 301");
    }

    @Test
    void downWhenElevenLabsFails() throws Exception {
        fake.stubFor(get(urlPathEqualTo("/v1/convai/conversations")).atPriority(1)
                .willReturn(offContract(aResponse().withStatus(503), "a bare 503 from a proxy")));
        CamelContext context = camelWithProducerChecks(KEY, deleteOnFake());

        assertThat(theOnlyResult(context).getMessage()).hasValue("ElevenLabs is failing (HTTP 503)");
    }

    @Test
    void downWhenTheRegionsHostCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CamelContext context = camelWithProducerChecks(KEY,
                "elevenlabs:conversations?operation=delete&baseUrl=http://127.0.0.1:" + closedPort);

        HealthCheck.Result result = theOnlyResult(context);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).get().asString()
                .startsWith("ElevenLabs cannot be reached at http://127.0.0.1:" + closedPort);
        assertThat(result.getError()).get().isInstanceOf(ElevenLabsTransportException.class);
    }

    @Test
    void probesWithinThePeriodShareOneRequestSoTheyCannotExhaustThePlan() throws Exception {
        CamelContext context = camelWithProducerChecks(KEY, deleteOnFake());
        AtomicLong now = new AtomicLong(1_000_000_000L);
        ElevenLabsProducerHealthCheck check = new ElevenLabsProducerHealthCheck("test", endpoint(context), now::get);

        for (int probe = 0; probe < 20; probe++) {
            assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
            now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        }
        assertThat(fake.requests()).hasSize(1);

        now.addAndGet(ElevenLabsProducerHealthCheck.CACHE_NANOS);
        check.call();
        // the refresh runs in the background; the probe that started it got the previous outcome
        await("the refresh", () -> fake.requests().size() >= 2);
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void whileARefreshIsSlowProbesGetThePreviousOutcomeAtOnce() throws Exception {
        CamelContext context = camelWithProducerChecks(KEY, deleteOnFake());
        AtomicLong now = new AtomicLong(1_000_000_000L);
        ElevenLabsProducerHealthCheck check = new ElevenLabsProducerHealthCheck("test", endpoint(context), now::get);
        HealthCheck.Result first = check.call();
        fake.processFor(3_000);
        now.addAndGet(ElevenLabsProducerHealthCheck.CACHE_NANOS);

        long started = System.nanoTime();
        HealthCheck.Result during = check.call();
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(during.getState()).as("the previous outcome").isEqualTo(first.getState());
        assertThat(during.getMessage()).isEqualTo(first.getMessage());
        assertThat(during.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200);
        assertThat(tookMillis).as("a probe does not wait for the slow read").isLessThan(1_000);
    }

    @Test
    void endpointsOfOneAccountShareOneCheckWhateverTheirUris() throws Exception {
        CamelContext context = camelWithProducerChecks(KEY, deleteOnFake());
        // endpoints per message, as toD creates them
        for (int i = 0; i < 5; i++) {
            context.getEndpoint(deleteOnFake("conversationId=conv_" + i)).start();
        }
        String otherHost = fake.baseUrl().replace("127.0.0.1", "localhost");
        context.getEndpoint("elevenlabs:conversations?operation=delete&baseUrl=" + otherHost).start();

        List<String> ids = HealthCheckHelper.getHealthCheckRegistry(context).getRepository("producers").orElseThrow()
                .stream().map(HealthCheck::getId).filter(id -> id.startsWith("producer:elevenlabs"))
                .collect(Collectors.toList());

        assertThat(ids).containsExactlyInAnyOrder(
                "producer:elevenlabs:" + fake.baseUrl() + ":" + ApiKey.fingerprint(KEY),
                "producer:elevenlabs:" + otherHost + ":" + ApiKey.fingerprint(KEY));
        assertThat(String.join(" ", ids)).doesNotContain("conv_", KEY);
    }

    @Test
    void downWhenTheReadIsAnsweredWithAnotherErrorAsAWrongBaseUrlWould() throws Exception {
        CamelContext context = camelWithProducerChecks(KEY,
                "elevenlabs:conversations?operation=delete&baseUrl=" + fake.baseUrl() + "/not-elevenlabs");

        HealthCheck.Result result = theOnlyResult(context);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).get().asString().contains("HTTP 404").contains("check the baseUrl");
    }

    private static ElevenLabsEndpoint endpoint(CamelContext context) {
        return context.getEndpoint(deleteOnFake(), ElevenLabsEndpoint.class);
    }

    @Test
    void theComponentCanOptOutOfProducerChecks() throws Exception {
        CamelContext context = camel(KEY, c -> {
            c.getComponent("elevenlabs", ElevenLabsComponent.class).setHealthCheckProducerEnabled(false);
            enableProducerChecks(c);
        }, routeTo(deleteOnFake()));

        HealthCheck.Result result = theOnlyResult(context);
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UNKNOWN);
        assertThat(result.getDetails()).containsEntry(HealthCheck.CHECK_ENABLED, false);
        assertThat(fake.requests()).isEmpty();
    }

    private CamelContext camelWithProducerChecks(String key, String uri) throws Exception {
        return camel(key, ProducerHealthCheckTest::enableProducerChecks, routeTo(uri));
    }

    /** What {@code camel.health.producersEnabled=true} does in Camel Main and Spring Boot. */
    private static void enableProducerChecks(CamelContext context) {
        try {
            context.addStartupListener((camelContext, alreadyStarted) -> {
                Optional<HealthCheckRepository> producers = HealthCheckHelper.getHealthCheckRegistry(camelContext)
                        .getRepository("producers");
                producers.orElseThrow().setEnabled(true);
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HealthCheck.Result theOnlyResult(CamelContext context) {
        List<HealthCheck.Result> results = elevenLabsResults(context);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static List<HealthCheck.Result> elevenLabsResults(CamelContext context) {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(result -> result.getCheck().getId().startsWith("producer:elevenlabs"))
                .collect(Collectors.toList());
    }
}
