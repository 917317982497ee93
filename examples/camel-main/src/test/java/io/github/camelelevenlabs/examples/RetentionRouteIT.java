package io.github.camelelevenlabs.examples;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.camelelevenlabs.fake.Conversation;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention in Java and YAML: only the agent's old conversations, and only when the dry run is turned off. */
class RetentionRouteIT extends ExampleTestSupport {

    @BeforeEach
    void seed() {
        long now = Instant.now().getEpochSecond();
        for (int i = 0; i < 40; i++) {
            // agent_a: 25 older than 30 days, 15 recent; agent_b: old too, but not this route's agent
            long age = i < 25 ? 31 + i : i - 25;
            fake.addConversation(Conversation.of("conv_a_" + i, now - age * 86_400).withAgent("agent_a"));
            fake.addConversation(Conversation.of("conv_b_" + i, now - 60L * 86_400 - i).withAgent("agent_b"));
        }
    }

    private CamelContext camel(String dsl, Properties properties) throws Exception {
        return camel(dsl, new RetentionRoute(), "routes/retention.yaml", properties);
    }

    private Properties retentionProperties() {
        Properties properties = properties();
        properties.put("retention.agent-id", "agent_a");
        properties.put("retention.days", "30");
        properties.put("retention.delay", "10");
        return properties;
    }

    @ParameterizedTest
    @CsvSource({ "java", "yaml" })
    void scheduledRunsUnderFaultsAndOverManyPagesEndWithExactlyTheOldConversationsGone(String dsl) throws Exception {
        Properties properties = retentionProperties();
        properties.put("retention.period", "300");
        properties.put("retention.page-size", "4");
        properties.put("retention.dry-run", "false");
        fake.injectFaults(0.10, 11);
        CamelContext context = camel(dsl, properties);
        context.start();
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (fake.conversationIds().size() > 55 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            context.stop();
        }

        assertThat(fake.conversationIds()).hasSize(55);
        assertThat(fake.conversationIds()).filteredOn(id -> id.startsWith("conv_a_"))
                .allMatch(id -> Integer.parseInt(id.substring("conv_a_".length())) >= 25);
        assertThat(fake.conversationIds()).filteredOn(id -> id.startsWith("conv_b_")).hasSize(40);
        assertThat(fake.injectedFaults()).as("faults were met").isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "java, true", "java, false", "yaml, true", "yaml, false" })
    void theAgentsConversationsOlderThanTheRetentionAreDeletedOnlyWithoutDryRun(String dsl, boolean dryRun)
            throws Exception {
        Properties properties = retentionProperties();
        properties.put("retention.period", "0");
        properties.put("retention.done", "mock:done");
        if (!dryRun) {
            properties.put("retention.dry-run", "false");
        }
        CamelContext context = camel(dsl, properties);
        MockEndpoint done = context.getEndpoint("mock:done", MockEndpoint.class);
        done.expectedMinimumMessageCount(1);
        context.start();
        try {
            done.assertIsSatisfied(20_000);
            @SuppressWarnings("unchecked")
            Map<String, Long> summary = done.getExchanges().get(0).getMessage().getBody(Map.class);

            assertThat(summary).containsEntry("found", 25L).containsEntry("failed", 0L);
            if (dryRun) {
                assertThat(summary).containsEntry("would-delete", 25L).as("a dry run makes one pass")
                        .containsEntry("passes", 1L);
                assertThat(fake.requests()).hasSize(1);
                assertThat(fake.conversationIds()).hasSize(80);
                assertThat(fake.deleteRequests()).isZero();
            } else {
                assertThat(summary).containsEntry("deleted", 25L).as("the last pass finds nothing")
                        .containsEntry("passes", 2L).containsEntry("remaining", 0L);
                assertThat(fake.conversationIds()).hasSize(55).filteredOn(id -> id.startsWith("conv_a_"))
                        .hasSize(15);
            }
        } finally {
            context.stop();
        }
    }

    /** What one retention run reached {@code retention.done} with, and how it ended: null when it completed. */
    private record Run(Map<String, Long> summary, Throwable failure) {
    }

    private Run runOnce(String dsl, Properties properties) throws Exception {
        properties.put("retention.period", "0");
        properties.put("retention.done", "mock:done");
        properties.put("retention.dry-run", "false");
        CamelContext context = camel(dsl, properties);
        Map<String, Optional<Throwable>> ends = new ConcurrentHashMap<>();
        context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeCompletedEvent completed) {
                    ends.put(completed.getExchange().getExchangeId(), Optional.empty());
                } else if (event instanceof CamelEvent.ExchangeFailedEvent failed) {
                    ends.put(failed.getExchange().getExchangeId(), Optional.of(failed.getExchange().getException()));
                }
            }
        });
        MockEndpoint done = context.getEndpoint("mock:done", MockEndpoint.class);
        done.expectedMinimumMessageCount(1);
        context.start();
        try {
            done.assertIsSatisfied(60_000);
            Exchange run = done.getExchanges().get(0);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!ends.containsKey(run.getExchangeId())) {
                assertThat(System.nanoTime()).as("the run ends within 30 s").isLessThan(deadline);
                Thread.sleep(5);
            }
            @SuppressWarnings("unchecked")
            Map<String, Long> summary = run.getMessage().getBody(Map.class);
            return new Run(summary, ends.get(run.getExchangeId()).orElse(null));
        } finally {
            context.stop();
        }
    }

    @ParameterizedTest(name = "{0}, {1} cursor")
    @CsvSource({ "java, keyset", "java, offset", "yaml, keyset", "yaml, offset" })
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void all250OldConversationsOfTheAgentAreDeletedOnceWhateverTheCursor(String dsl, String cursor) throws Exception {
        long now = Instant.now().getEpochSecond();
        for (int i = 0; i < 250; i++) {
            fake.addConversation(Conversation.of("conv_c_" + i, now - 40L * 86_400 - i).withAgent("agent_c"));
        }
        if (cursor.equals("offset")) {
            fake.useOffsetCursor();
        }
        Properties properties = retentionProperties();
        properties.put("retention.agent-id", "agent_c");
        properties.put("retention.page-size", "100");

        Run run = runOnce(dsl, properties);

        assertThat(run.failure()).isNull();
        assertThat(run.summary()).containsEntry("found", 250L).containsEntry("deleted", 250L)
                .containsEntry("failed", 0L).containsEntry("remaining", 0L);
        assertThat(fake.deletions()).hasSize(250).allSatisfy((id, times) -> {
            assertThat(id).startsWith("conv_c_");
            assertThat(times).as(id).isEqualTo(1);
        });
        assertThat(fake.conversationIds()).hasSize(80);
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void conversationsThatKeepAppearingEndTheRunAfterErasureMaxPassesWithTheCountLeft(String dsl) throws Exception {
        fake.listNewConversationEachTime("agent_id", "agent_new");
        Properties properties = retentionProperties();
        properties.put("retention.agent-id", "agent_new");
        properties.put("erasure.max-passes", "2");

        Run run = runOnce(dsl, properties);

        assertThat(run.summary()).containsEntry("found", 2L).containsEntry("passes", 2L)
                .containsEntry("remaining", 1L);
        assertThat(run.failure()).isInstanceOf(IncompleteErasureException.class).hasMessageContaining("1 conversation(s) still listed after 2 passes");
        assertThat(fake.requests()).filteredOn(r -> r.method().equals("GET"))
                .as("two passes and the listing that counts what is left").hasSize(3);
    }
}
