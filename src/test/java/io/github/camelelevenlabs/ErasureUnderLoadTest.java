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
class ErasureUnderLoadTest extends FakeElevenLabsTestSupport {

    private final Queue<String> deleted = new ConcurrentLinkedQueue<>();
    private final Queue<String> deadLettered = new ConcurrentLinkedQueue<>();
    private final Map<String, String> deadLetterReasons = new ConcurrentHashMap<>();

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
        List<String> ids = ids("conv_plan_", 1_000);
        fake.addConversations(ids);
        fake.limitConcurrency(4);
        fake.processFor(2);
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

    @Test
    void withoutABoundTheSameLoadIsRefusedByThePlan() throws Exception {
        List<String> ids = ids("conv_unbounded_", 300);
        fake.addConversations(ids);
        fake.limitConcurrency(4);
        fake.processFor(2);
        CamelContext context = camel(erasure(deleteOnFake("maxRetries=0"), 0));

        sendAll(context, ids, 16);

        assertThat(fake.concurrencyRejections()).isPositive();
        assertThat(deadLettered).isNotEmpty();
    }

    @Test
    void theBoundFollowsThePlansReportedMaximumWhenItIsLower() throws Exception {
        List<String> ids = ids("conv_adapt_", 300);
        fake.addConversations(ids);
        fake.limitConcurrency(4);
        fake.processFor(2);
        String uri = deleteOnFake("maxConcurrentRequests=8", "initialRetryDelay=10");
        CamelContext context = camel(erasure(uri, 0));

        sendAll(context, ids, 16);

        assertThat(context.getEndpoint(uri, ElevenLabsEndpoint.class).concurrencyLimit().limit()).isEqualTo(4);
        assertThat(deleted).hasSize(300);
        System.out.printf("Adaptive bound: configured 8, plan 4: %d rejected by the plan in all%n",
                fake.concurrencyRejections());
    }
}
