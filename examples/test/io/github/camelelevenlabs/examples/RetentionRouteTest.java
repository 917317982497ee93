package io.github.camelelevenlabs.examples;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import io.github.camelelevenlabs.fake.Conversation;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention in Java and YAML: only the agent's old conversations, and only when the dry run is turned off. */
class RetentionRouteTest extends ExampleTestSupport {

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
                assertThat(summary).containsEntry("would-delete", 25L);
                assertThat(fake.conversationIds()).hasSize(80);
                assertThat(fake.deleteRequests()).isZero();
            } else {
                assertThat(summary).containsEntry("deleted", 25L);
                assertThat(fake.conversationIds()).hasSize(55).filteredOn(id -> id.startsWith("conv_a_"))
                        .hasSize(15);
            }
        } finally {
            context.stop();
        }
    }
}
