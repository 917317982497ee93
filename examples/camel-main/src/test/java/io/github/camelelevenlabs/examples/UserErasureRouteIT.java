package io.github.camelelevenlabs.examples;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelelevenlabs.InvalidListFilterException;
import io.github.camelelevenlabs.fake.Conversation;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Erasing a user, in Java and YAML: every conversation of the user, over several pages, and nobody else's. */
class UserErasureRouteIT extends ExampleTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CamelContext camel(String dsl) throws Exception {
        CamelContext context = camel(dsl, new UserErasureRoute(), "routes/user-erasure.yaml",
                properties());
        context.start();
        return context;
    }

    private List<Map<String, Object>> auditLines() throws Exception {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : Files.readAllLines(work.resolve("audit/user-erasure.jsonl"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> record = JSON.readValue(line, Map.class);
            lines.add(record);
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> summary(Exchange exchange) {
        return exchange.getMessage().getBody(Map.class);
    }

    private void seed(String user, int count, long start) {
        for (int i = 0; i < count; i++) {
            fake.addConversation(Conversation.of(String.format("conv_%s_%03d", user, i), start + i).withUser(user));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void everyConversationOfTheUserIsDeletedAuditedAndSummedUp(String dsl) throws Exception {
        seed("user_x", 230, 1_000);
        seed("user_y", 20, 5_000);
        fake.stubFor(delete("/v1/convai/conversations/conv_user_x_007").atPriority(1).willReturn(json(404, "{\"detail\":{\"status\":\"document_not_found\",\"message\":\"gone\"}}")));
        fake.stubFor(delete("/v1/convai/conversations/conv_user_x_042").atPriority(1).willReturn(json(422, "{\"detail\":[{\"loc\":[\"path\",\"conversation_id\"],\"msg\":\"locked\",\"type\":\"x\"}]}")));
        try (CamelContext context = camel(dsl)) {

            Object summary = context.createProducerTemplate().requestBody("direct:erase-user", "user_x");

            @SuppressWarnings("unchecked")
            Map<String, Long> counts = (Map<String, Long>) summary;
            assertThat(counts).containsEntry("found", 230L).containsEntry("deleted", 228L)
                    .containsEntry("already-gone", 1L).containsEntry("failed", 1L)
                    .as("the second pass lists the two still there, tried already, and ends")
                    .containsEntry("passes", 2L).containsEntry("remaining", 0L);
            assertThat(fake.conversationIds()).filteredOn(id -> id.startsWith("conv_user_x"))
                    .containsExactlyInAnyOrder("conv_user_x_007", "conv_user_x_042");
            assertThat(fake.conversationIds()).filteredOn(id -> id.startsWith("conv_user_y")).hasSize(20);
            assertThat(Files.readAllLines(work.resolve("audit/user-erasure.jsonl"))).hasSize(230);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void underFaultsARerunFinishesTheJobWithNothingSkippedAndNothingDeletedTwice(String dsl) throws Exception {
        seed("user_x", 120, 1_000);
        seed("user_y", 10, 5_000);
        // each retried fault waits a second or two (the SDKs' backoff): a few percent keep the test short
        fake.injectFaults(0.04, 7);
        try (CamelContext context = camel(dsl)) {
            for (int run = 0; run < 10 && fake.conversationIds().stream().anyMatch(id -> id.contains("user_x"));
                 run++) {
                try {
                    context.createProducerTemplate().requestBody("direct:erase-user", "user_x");
                } catch (CamelExecutionException pageLost) {
                    // a page that could not be fetched ends the run; the next run carries on
                }
            }
        }

        assertThat(fake.conversationIds()).noneMatch(id -> id.contains("user_x"));
        assertThat(fake.conversationIds()).filteredOn(id -> id.contains("user_y")).hasSize(10);
        long deletes = fake.deleteRequests();
        assertThat(fake.injectedFaults()).as("faults were met").isNotEmpty();
        assertThat(deletes).isGreaterThanOrEqualTo(120);
        assertThat(fake.deletions()).as("each of the user's conversations deleted exactly once").hasSize(120)
                .allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
    }

    static Stream<Arguments> userIdsThatNameNoUser() {
        List<Arguments> cases = new ArrayList<>();
        for (String dsl : List.of("java", "yaml")) {
            cases.add(Arguments.of(dsl, null, "the user id is missing (null)"));
            cases.add(Arguments.of(dsl, "", "the user id is empty"));
            cases.add(Arguments.of(dsl, " \t", "the user id is blank"));
            cases.add(Arguments.of(dsl, List.of("user_x", "user_y"), "not text"));
            cases.add(Arguments.of(dsl, 42, "the user id is a java.lang.Integer, not text"));
        }
        return cases.stream();
    }

    /**
     * A request that names no user would list every user's conversations, and the erasure would delete them: it is
     * refused before anything is listed, audited with the reason, and the exchange fails.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("userIdsThatNameNoUser")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aUserIdThatNamesNoUserIsRefusedAndAuditedWithItsReasonNothingListedOrDeleted(String dsl, Object userId,
            String why) throws Exception {
        seed("user_x", 3, 1_000);
        seed("user_y", 3, 5_000);
        try (CamelContext context = camel(dsl)) {

            Exchange exchange = context.createProducerTemplate().send("direct:erase-user",
                    e -> e.getMessage().setBody(userId));

            assertThat(exchange.getException()).isInstanceOf(InvalidListFilterException.class)
                    .hasMessageContaining(why).hasMessageContaining("nothing was listed or deleted");
            assertThat(fake.requests()).as("nothing listed or deleted").isEmpty();
            assertThat(fake.conversationIds()).hasSize(6);
            assertThat(auditLines()).singleElement().satisfies(record -> {
                assertThat(record).containsEntry("outcome", "refused").containsEntry("userId", userId);
                assertThat((String) record.get("reason")).contains(why);
            });
        }
    }

    /**
     * ElevenLabs does not say how its cursor behaves when conversations are deleted while paging. With an offset, one
     * pass in pages of 100 skips conversations; the erasure lists again until a listing finds nothing.
     */
    @ParameterizedTest(name = "{0}, {1} cursor")
    @CsvSource({ "java, keyset", "java, offset", "yaml, keyset", "yaml, offset" })
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void all250ConversationsOfAUserAreErasedOnceWhateverTheCursorAndTheSummarySumsEveryPass(String dsl,
            String cursor) throws Exception {
        seed("user_x", 250, 1_000);
        seed("user_y", 20, 5_000);
        if (cursor.equals("offset")) {
            fake.useOffsetCursor();
        }
        try (CamelContext context = camel(dsl)) {

            Exchange exchange = context.createProducerTemplate().send("direct:erase-user",
                    e -> e.getMessage().setBody("user_x"));

            assertThat(exchange.getException()).isNull();
            assertThat(summary(exchange)).containsEntry("found", 250L).containsEntry("deleted", 250L)
                    .containsEntry("already-gone", 0L).containsEntry("failed", 0L).containsEntry("remaining", 0L);
            assertThat(summary(exchange).get("passes")).as("the last pass lists and finds nothing")
                    .isEqualTo(cursor.equals("offset") ? 3L : 2L);
            assertThat(fake.deletions()).hasSize(250).allSatisfy((id, times) -> {
                assertThat(id).startsWith("conv_user_x_");
                assertThat(times).as(id).isEqualTo(1);
            });
            assertThat(fake.conversationIds()).hasSize(20).allMatch(id -> id.startsWith("conv_user_y_"));
            assertThat(auditLines()).hasSize(250).allSatisfy(r -> assertThat(r).containsEntry("outcome", "deleted"));
        }
    }

    /** A user whose conversations keep appearing ends after the last pass with the count left, and fails. */
    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void conversationsThatKeepAppearingEndTheErasureAfterTheLastPassWithTheCountLeftAndAFailure(String dsl)
            throws Exception {
        fake.listNewConversationEachTime("user_id", "user_ghost");
        try (CamelContext context = camel(dsl)) {

            Exchange exchange = context.createProducerTemplate().send("direct:erase-user",
                    e -> e.getMessage().setBody("user_ghost"));

            assertThat(exchange.getException()).isInstanceOf(IncompleteErasureException.class)
                    .hasMessageContaining("1 conversation(s) still listed after 5 passes");
            assertThat(((IncompleteErasureException) exchange.getException()).getRemaining()).isEqualTo(1);
            assertThat(summary(exchange)).containsEntry("found", 5L).containsEntry("already-gone", 5L)
                    .containsEntry("passes", 5L).containsEntry("remaining", 1L);
            assertThat(fake.requests()).filteredOn(r -> r.method().equals("GET"))
                    .as("five passes and the listing that counts what is left").hasSize(6);
            assertThat(auditLines()).hasSize(5);
        }
    }
}
