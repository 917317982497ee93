package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk erasure through a route, as users run it: many ids, a bounded number in flight, faults on the way. Nothing may
 * be lost, nothing done twice.
 */
class ErasureUnderLoadIT extends FakeElevenLabsTestSupport {

    private final Queue<String> deleted = new ConcurrentLinkedQueue<>();
    private final Queue<String> deadLettered = new ConcurrentLinkedQueue<>();
    private final Map<String, String> deadLetterReasons = new ConcurrentHashMap<>();
    private final Map<String, Exception> deadLetterFailures = new ConcurrentHashMap<>();

    private RouteBuilder erasure(String endpoint, int redeliveries) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("direct:dead-letters").useOriginalBody()
                        .maximumRedeliveries(redeliveries).redeliveryDelay(10).asyncDelayedRedelivery());
                from("direct:erase").routeId("erase")
                        .setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                        .to(endpoint)
                        .process(e -> deleted.add(e.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID,
                                String.class)));
                from("direct:dead-letters").routeId("dead-letters")
                        .process(e -> {
                            String id = e.getMessage().getBody(String.class);
                            deadLettered.add(id);
                            deadLetterReasons.put(id, e.getProperty(Exchange.EXCEPTION_CAUGHT).getClass()
                                    .getSimpleName());
                        });
            }
        };
    }

    /**
     * @return {@code count} ids of conversations on the fake, whose plan allows {@code plan} concurrent requests of
     *         {@code millis} each
     */
    private static List<String> onAPlanOf(int plan, long millis, String prefix, int count) {
        List<String> ids = ids(prefix, count);
        fake.addConversations(ids);
        fake.limitConcurrency(plan);
        fake.processFor(millis);
        return ids;
    }

    /** Sends every id with at most {@code concurrency} exchanges in flight, and waits for all to complete. */
    private static void sendAll(CamelContext context, List<String> ids, int concurrency) throws Exception {
        ProducerTemplate template = context.createProducerTemplate();
        Semaphore inFlight = new Semaphore(concurrency);
        for (String id : ids) {
            inFlight.acquire();
            template.asyncSendBody("direct:erase", id).whenComplete((result, failure) -> inFlight.release());
        }
        assertThat(inFlight.tryAcquire(concurrency, 60, TimeUnit.SECONDS)).as("every exchange completed").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void tenThousandDeletesUnderTenPercentFaultsEachEndDeletedOrDeadLetteredExactlyOnce(Transport transport)
            throws Exception {
        List<String> ids = ids("conv_bulk_", 10_000);
        fake.addConversations(ids);
        fake.injectFaults(0.10, 42);
        // one retry by the component and none by the route: most faults are absorbed, some ids end in the dead letter
        // channel, so that both outcomes are exercised
        CamelContext context = camel(erasure(deleteOnFake(transport.with("maxRetries=1", "initialRetryDelay=10")), 0));

        sendAll(context, ids, 16);

        Set<String> deletedOnServer = new HashSet<>(ids);
        deletedOnServer.removeAll(fake.conversationIds());
        System.out.printf("Erasure under faults, " + transport + ": %d ids, %d deleted, %d dead-lettered %s, %d requests, faults %s%n",
                ids.size(), deleted.size(), deadLettered.size(), new java.util.TreeMap<>(deadLetterReasons.values().stream()
                        .collect(java.util.stream.Collectors.groupingBy(r -> r, java.util.stream.Collectors.counting()))),
                fake.deleteRequests(),
                fake.injectedFaults());
        List<String> outcomes = new ArrayList<>(deleted);
        outcomes.addAll(deadLettered);
        assertThat(outcomes).as("every id has exactly one outcome").hasSize(ids.size())
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(new HashSet<>(deleted)).as("what the route saw deleted is what the server deleted")
                .isEqualTo(deletedOnServer);
        assertThat(deadLetterReasons.values()).allSatisfy(reason -> assertThat(reason)
                .isIn("ElevenLabsServerException", "ElevenLabsRateLimitException", "ElevenLabsTransportException"));
        assertThat(fake.injectedFaults().values().stream().mapToLong(Long::longValue).sum())
                .as("faults really were injected").isGreaterThan(500);
        assertThat(deadLettered).as("some ids could not be deleted").isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void withMaxConcurrentRequestsFourAPlanOfFourNeverAnswers429(Transport transport) throws Exception {
        List<String> ids = onAPlanOf(4, 2, "conv_plan_", 1_000);
        CamelContext context = camel(erasure(deleteOnFake(transport.with("maxConcurrentRequests=4", "maxRetries=0")),
                0));

        sendAll(context, ids, 16);

        System.out.printf("Concurrency bound 4: %d deleted, %d dead-lettered, %d rejected by the plan, at most %d"
                          + " in flight at the server%n",
                deleted.size(), deadLettered.size(), fake.concurrencyRejections(), fake.maxConcurrentRequests());
        assertThat(fake.concurrencyRejections()).isZero();
        assertThat(deadLettered).isEmpty();
        assertThat(deleted).hasSize(1_000);
        assertThat(fake.maxConcurrentRequests()).isBetween(2, 4);
    }

    /**
     * A parallel split of 16 threads over a list of ids, as users write it, into the endpoints, each id to the next
     * one in turn; ids that fail are recorded with their exception's name.
     */
    private RouteBuilder parallelErasure(String... endpoints) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase-all").routeId("erase-all")
                        .split(body()).parallelProcessing()
                            .executorService(getContext().getExecutorServiceManager()
                                    .newFixedThreadPool(this, "erasure", 16))
                            .setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                            .process(e -> e.getMessage().setHeader("endpoint",
                                    endpoints[e.getProperty(Exchange.SPLIT_INDEX, Integer.class) % endpoints.length]))
                            .doTry()
                                .toD("${header.endpoint}")
                                .process(e -> deleted.add(e.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID,
                                        String.class)))
                            .doCatch(Exception.class)
                                .process(e -> {
                                    String id = e.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID,
                                            String.class);
                                    deadLettered.add(id);
                                    Exception failure = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                                    deadLetterReasons.put(id, failure.getClass().getSimpleName());
                                    deadLetterFailures.put(id, failure);
                                })
                            .end()
                        .end();
            }
        };
    }

    /** @return how long the parallel split of the ids took, in milliseconds */
    private static long splitInParallel(CamelContext context, List<String> ids) {
        long start = System.nanoTime();
        context.createProducerTemplate().sendBody("direct:erase-all", new ArrayList<>(ids));
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void withDefaultOptionsAParallelSplitStaysWithinAPlanOfFourAndNothingFails(Transport transport) throws Exception {
        List<String> ids = onAPlanOf(4, 40, "conv_defaults_", 600);
        CamelContext context = camel(parallelErasure(deleteOnFake(transport.with())));

        long millis = splitInParallel(context, ids);

        System.out.printf("Defaults, %s, parallel split of 600 ids over 16 threads, plan 4, 40 ms a request: %d ms"
                          + " (%.2fx the plan's physical limit of 6,000 ms), %d refused by the plan, at most %d in"
                          + " flight at the server, %d failed%n", transport, millis, millis / 6_000d,
                fake.concurrencyRejections(), fake.maxConcurrentRequests(), deadLettered.size());
        assertThat(deadLettered).as("failed ids").isEmpty();
        assertThat(new HashSet<>(deleted)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(fake.conversationIds()).isEmpty();
        assertThat(fake.concurrencyRejections()).as("requests refused by the plan").isZero();
        assertThat(fake.maxConcurrentRequests()).isEqualTo(4);
    }

    @Test
    void twoEndpointsWithDifferentOptionsShareOnePlanAndStayWithinIt() throws Exception {
        List<String> ids = onAPlanOf(4, 5, "conv_shared_", 400);
        CamelContext context = camel(parallelErasure(deleteOnFake("ignoreNotFound=true"),
                deleteOnFake(Transport.SYNCHRONOUS.with("maxRetries=0"))));

        splitInParallel(context, ids);

        assertThat(deadLettered).as("failed ids").isEmpty();
        assertThat(fake.conversationIds()).isEmpty();
        assertThat(fake.concurrencyRejections()).as("requests refused by the plan").isZero();
        assertThat(fake.maxConcurrentRequests()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aPlanThatChangesMidRunFromFourToEightToTwoIsFollowedWithNothingFailed(Transport transport) throws Exception {
        List<String> ids = onAPlanOf(4, 10, "conv_changing_", 600);
        // maxRetries=0: no failure may be absorbed by a retry, only by following the plan
        String uri = deleteOnFake(transport.with("maxRetries=0"));
        CamelContext context = camel(parallelErasure(uri));
        Thread planChanges = new Thread(() -> {
            try {
                await("200 deleted", () -> deleted.size() >= 200);
                fake.limitConcurrency(8);
                await("400 deleted", () -> deleted.size() >= 400);
                fake.limitConcurrency(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        planChanges.start();

        splitInParallel(context, ids);
        planChanges.join(30_000);

        ElevenLabsEndpoint endpoint = context.getEndpoint(uri, ElevenLabsEndpoint.class);
        System.out.printf("Plan 4 -> 8 -> 2, %s: %d deleted, %d failed, %d refused by the plan and sent again, at most"
                          + " %d in flight at the server%n", transport, deleted.size(), deadLettered.size(),
                fake.concurrencyRejections(), fake.maxConcurrentRequests());
        assertThat(deadLettered).as("failed ids").isEmpty();
        assertThat(fake.conversationIds()).isEmpty();
        assertThat(fake.maxConcurrentRequests()).as("the plan's rise to 8 was used").isGreaterThan(4);
        assertThat(endpoint.getComponent().planConcurrency(endpoint.getApiBaseUrl(), endpoint.resolveApiKey()).limit())
                .as("the limit after the plan fell to 2").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void whenOtherApplicationsHoldPartOfThePlanRefusedRequestsAreSentAgainWithoutSpendingRetries(Transport transport)
            throws Exception {
        List<String> ids = onAPlanOf(4, 5, "conv_crowded_", 200);
        fake.holdPlacesForOtherApplications(3);
        CamelContext context = camel(parallelErasure(deleteOnFake(transport.with("maxRetries=0"))));

        splitInParallel(context, ids);

        System.out.printf("Plan 4 with 3 held by others, %s: %d deleted, %d failed, %d refused by the plan and sent"
                          + " again%n", transport, deleted.size(), deadLettered.size(), fake.concurrencyRejections());
        assertThat(deadLettered).as("failed ids").isEmpty();
        assertThat(fake.conversationIds()).isEmpty();
        assertThat(fake.concurrencyRejections()).as("refusals really happened").isPositive();
        assertThat(fake.deleteRequests()).isEqualTo(200 + fake.concurrencyRejections());
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aCallRefusedUntilConcurrencyLimitTimeoutFailsWithTheRateLimitException(Transport transport) throws Exception {
        fake.addConversations("conv_refused");
        fake.limitConcurrency(4);
        fake.holdPlacesForOtherApplications(4);
        CamelContext context = camel();
        String uri = deleteOnFake(transport.with("maxRetries=0", "concurrencyLimitTimeout=400"));

        long start = System.nanoTime();
        Exchange exchange = deleteVia(context, uri, "conv_refused");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsRateLimitException.class);
        assertThat(((ElevenLabsException) exchange.getException()).getErrorCode())
                .isEqualTo("concurrent_limit_exceeded");
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS, Integer.class))
                .as("sent again while the wait lasted, though maxRetries=0").isGreaterThanOrEqualTo(3);
        assertThat(millis).as("no longer than concurrencyLimitTimeout and a request").isLessThan(2_000);
        assertThat(fake.hasConversation("conv_refused")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aRequestThatWaitsLongerThanConcurrencyWaitTimeoutForItsPlaceFailsUnsentAndThePlaceIsNotLost(
            Transport transport) throws Exception {
        List<String> ids = onAPlanOf(4, 500, "conv_waiting_", 3);
        String uri = deleteOnFake(transport.with("maxConcurrentRequests=1", "concurrencyWaitTimeout=200"));
        CamelContext context = camel(parallelErasure(uri));

        splitInParallel(context, ids);

        assertOneSentTwoGaveUpUnsentAndTheirPlaceIsFreeAgain(context, uri);
    }

    /** Of three requests, one had the place and two waited too long: only the first was sent, and nothing is lost. */
    private void assertOneSentTwoGaveUpUnsentAndTheirPlaceIsFreeAgain(CamelContext context, String uri) {
        assertThat(deleted).as("the one that had the place").hasSize(1);
        assertThat(deadLetterReasons).hasSize(2).containsValues("ElevenLabsTransportException");
        assertThat(fake.deleteRequests()).as("those that waited too long were not sent").isEqualTo(1);
        Exchange after = deleteVia(context, uri, deadLettered.peek());
        assertThat(after.getException()).as("the place, handed on by those that gave up, is free again").isNull();
    }

    /** @return a context whose component keeps {@code connections} connections to a host */
    private CamelContext withConnectionsPerHost(int connections, RouteBuilder routes) throws Exception {
        return camel(KEY, context -> context.getComponent("elevenlabs", ElevenLabsComponent.class)
                .setMaxConnectionsPerHost(connections), routes);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aBurstOverThePoolWaitsForAFreeConnectionWithoutSpendingItsConnectTimeout(Transport transport)
            throws Exception {
        List<String> ids = onAPlanOf(8, 500, "conv_burst_", 5);
        CamelContext context = withConnectionsPerHost(1,
                parallelErasure(deleteOnFake(transport.with("connectTimeout=200", "maxRetries=0"))));

        long millis = splitInParallel(context, ids);

        assertThat(deadLetterReasons).as("failed ids").isEmpty();
        assertThat(new HashSet<>(deleted)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(fake.conversationIds()).isEmpty();
        assertThat(fake.maxConcurrentRequests()).as("one connection, one request at a time").isEqualTo(1);
        assertThat(millis).as("five answers of 500 ms in turn").isGreaterThanOrEqualTo(2_500);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aRequestThatWaitsLongerThanConcurrencyWaitTimeoutForAFreeConnectionFailsUnsentSayingSo(
            Transport transport) throws Exception {
        List<String> ids = onAPlanOf(8, 500, "conv_pool_", 3);
        String uri = deleteOnFake(transport.with("concurrencyWaitTimeout=200", "maxRetries=0"));
        CamelContext context = withConnectionsPerHost(1, parallelErasure(uri));

        splitInParallel(context, ids);

        assertOneSentTwoGaveUpUnsentAndTheirPlaceIsFreeAgain(context, uri);
        assertThat(deadLetterFailures.values()).allSatisfy(failure -> {
            assertThat(failure.getMessage()).contains("waited 200 ms for a free connection (maxConnectionsPerHost=1")
                    .contains("(concurrencyWaitTimeout) and was not sent");
            assertThat(((ElevenLabsTransportException) failure).isTimeout()).as("not the requestTimeout").isFalse();
        });
    }

    @Test
    void theBoundFollowsThePlansReportedMaximumWhenItIsLower() throws Exception {
        List<String> ids = onAPlanOf(4, 2, "conv_adapt_", 300);
        String uri = deleteOnFake("maxConcurrentRequests=8", "initialRetryDelay=10");
        CamelContext context = camel(erasure(uri, 0));

        sendAll(context, ids, 16);

        ElevenLabsEndpoint endpoint = context.getEndpoint(uri, ElevenLabsEndpoint.class);
        assertThat(endpoint.getComponent().planConcurrency(endpoint.getApiBaseUrl(), endpoint.resolveApiKey()).limit())
                .isEqualTo(4);
        assertThat(deleted).hasSize(300);
        System.out.printf("Adaptive bound: configured 8, plan 4: %d rejected by the plan in all%n",
                fake.concurrencyRejections());
    }
}
