package io.github.camelelevenlabs.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camelelevenlabs.fake.Conversation;
import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Archive, then erase, in Java and YAML: with {@code erasure.archive} set, each conversation of a user is archived
 * (details and recording), checked, and only then deleted; one whose archive fails is kept and reported.
 */
class ArchiveThenEraseIT extends ExampleTestSupport {

    private Path archive() {
        return work.resolve("archive");
    }

    private CamelContext camel(String dsl) throws Exception {
        Properties properties = properties();
        properties.put("erasure.archive", archive().toString());
        CamelContext context = camel(dsl, List.of(new UserErasureRoute(), new ArchiveConversationRoute()),
                List.of("routes/user-erasure.yaml", "routes/archive-conversation.yaml"), properties);
        context.start();
        return context;
    }

    private void seed(String user, int count) {
        for (int i = 0; i < count; i++) {
            fake.addConversation(Conversation.of(String.format("conv_%s_%02d", user, i), 1_000 + i).withUser(user));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> erase(CamelContext context, String user) {
        return context.createProducerTemplate().requestBody("direct:erase-user", user, Map.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void eachConversationIsArchivedWholeCheckedAndOnlyThenDeleted(String dsl) throws Exception {
        seed("user_a", 12);
        seed("user_b", 3);
        fake.giveAudio("conv_user_a_03", 2 * 1024 * 1024);
        fake.giveAudio("conv_user_a_07", -1);
        try (CamelContext context = camel(dsl)) {

            Map<String, Long> summary = erase(context, "user_a");

            assertThat(summary).containsEntry("found", 12L).containsEntry("deleted", 12L)
                    .containsEntry("failed", 0L).containsEntry("remaining", 0L);
        }
        assertThat(fake.conversationIds()).noneMatch(id -> id.startsWith("conv_user_a"))
                .filteredOn(id -> id.startsWith("conv_user_b")).hasSize(3);
        for (int i = 0; i < 12; i++) {
            String id = String.format("conv_user_a_%02d", i);
            Path folder = archive().resolve(id);
            assertThat(folder.resolve("details.json")).content().contains("\"conversation_id\" : \"" + id + "\"");
            if (i == 7) {
                assertThat(folder.resolve("audio.mp3")).as("a conversation without a recording").doesNotExist();
            } else {
                assertThat(folder.resolve("audio.mp3")).hasBinaryContent(FakeElevenLabs.audioOf(id,
                        fake.audioLength(id)));
            }
        }
        assertThat(archive()).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith(".writing-"));
        List<Map<String, Object>> audit = auditRecords("user-erasure.jsonl", 12);
        assertThat(audit).hasSize(12).allSatisfy(record -> assertThat(record).containsEntry("outcome", "deleted"));
        Map<String, Object> large = audit.stream().filter(r -> r.get("conversationId").equals("conv_user_a_03"))
                .findFirst().orElseThrow();
        assertThat(large.get("archive")).asString()
                .contains("bytes=" + 2 * 1024 * 1024)
                .contains("sha256=" + sha256(FakeElevenLabs.audioOf("conv_user_a_03", 2 * 1024 * 1024)));
        assertThat(audit.stream().filter(r -> r.get("conversationId").equals("conv_user_a_07")).findFirst()
                .orElseThrow().get("archive")).asString().contains("audio=none");
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void aConversationWhoseArchiveFailsIsNotDeletedAndARerunFinishesWhatIsLeft(String dsl) throws Exception {
        seed("user_c", 6);
        fake.stubFor(get(urlPathEqualTo("/v1/convai/conversations/conv_user_c_02/audio")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        // the archive cannot write this one's recording: a folder, not empty, stands where the file goes
        Files.createDirectories(archive().resolve("conv_user_c_04/audio.mp3"));
        Files.writeString(archive().resolve("conv_user_c_04/audio.mp3/in-the-way"), "x");
        try (CamelContext context = camel(dsl)) {

            Map<String, Long> first = erase(context, "user_c");

            assertThat(first).containsEntry("deleted", 4L).containsEntry("failed", 2L);
            assertThat(fake.conversationIds()).containsExactlyInAnyOrder("conv_user_c_02", "conv_user_c_04");
            List<Map<String, Object>> audit = auditRecords("user-erasure.jsonl", 6);
            assertThat(audit).filteredOn(r -> r.get("outcome").equals("failed"))
                    .extracting(r -> r.get("conversationId")).containsExactlyInAnyOrder("conv_user_c_02",
                            "conv_user_c_04");
            assertThat(audit).filteredOn(r -> r.get("conversationId").equals("conv_user_c_02"))
                    .first().satisfies(r -> assertThat(r.get("reason")).asString().contains("/audio"));

            fake.reset();
            fake.addConversation(Conversation.of("conv_user_c_02", 1_002).withUser("user_c"));
            fake.addConversation(Conversation.of("conv_user_c_04", 1_004).withUser("user_c"));
            Files.delete(archive().resolve("conv_user_c_04/audio.mp3/in-the-way"));
            Files.delete(archive().resolve("conv_user_c_04/audio.mp3"));

            Map<String, Long> rerun = erase(context, "user_c");

            assertThat(rerun).containsEntry("found", 2L).containsEntry("deleted", 2L).containsEntry("failed", 0L);
            assertThat(fake.conversationIds()).isEmpty();
            assertThat(archive().resolve("conv_user_c_02/audio.mp3"))
                    .hasBinaryContent(FakeElevenLabs.audioOf("conv_user_c_02", FakeElevenLabs.DEFAULT_AUDIO_BYTES));
            assertThat(fake.requests()).as("what is done is not fetched again")
                    .noneMatch(r -> r.rawPath().contains("conv_user_c_01"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void theFileErasureArchivesToo(String dsl) throws Exception {
        fake.addConversations("conv_f1", "conv_f2", "conv_kept");
        Properties properties = properties();
        properties.put("erasure.archive", archive().toString());
        try (CamelContext context = camel(dsl, List.of(new FileErasureRoute(), new ArchiveConversationRoute()),
                List.of("routes/erasure-from-file.yaml", "routes/archive-conversation.yaml"), properties)) {
            context.start();
            Files.createDirectories(work.resolve("inbox"));
            Files.writeString(work.resolve("inbox/request.txt"), "conv_f1\nconv_f2\n");

            List<Map<String, Object>> audit = auditRecords("audit.jsonl", 2);

            assertThat(audit).extracting(r -> r.get("outcome")).containsOnly("deleted");
            assertThat(audit).allSatisfy(r -> assertThat(r).containsKey("archive"));
        }
        assertThat(fake.conversationIds()).containsExactly("conv_kept");
        assertThat(archive().resolve("conv_f1/audio.mp3"))
                .hasBinaryContent(FakeElevenLabs.audioOf("conv_f1", FakeElevenLabs.DEFAULT_AUDIO_BYTES));
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void withTheArchiveRouteNotLoadedEachConversationFailsAtOnceAndNothingIsDeleted(String dsl) throws Exception {
        seed("user_d", 3);
        Properties properties = properties();
        properties.put("erasure.archive", archive().toString());
        long start = System.nanoTime();
        try (CamelContext context = camel(dsl, new UserErasureRoute(), "routes/user-erasure.yaml", properties)) {
            context.start();

            Map<String, Long> summary = erase(context, "user_d");

            assertThat(summary).containsEntry("failed", 3L).containsEntry("deleted", 0L);
        }
        assertThat(System.nanoTime() - start).as("no wait for a consumer that never comes")
                .isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(20));
        assertThat(fake.conversationIds()).hasSize(3);
        List<Map<String, Object>> audit = auditRecords("user-erasure.jsonl", 3);
        assertThat(audit).allSatisfy(r -> {
            assertThat(r.get("reason")).asString().contains("direct://archive-conversation");
            assertThat(r).as("the listing's request id is not this failure's").doesNotContainKey("requestId");
        });
    }

    @Test
    void anArchivedFileThatDiffersFromWhatWasReceivedStopsTheDelete() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            Properties properties = new Properties();
            properties.put("erasure.archive", archive().toString());
            context.getPropertiesComponent().setInitialProperties(properties);
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setHeader("CamelElevenLabsConversationId", "conv_1");
            exchange.getMessage().setBody(Map.of("conversation_id", "conv_1"));
            byte[] details = ConversationArchive.details(exchange);
            Files.createDirectories(archive().resolve("conv_1"));
            Files.write(archive().resolve("conv_1/details.json"), details);
            Files.write(archive().resolve("conv_1/audio.mp3"), new byte[] { 1, 2, 3 });
            exchange.getMessage().setHeader(Exchange.CONTENT_LENGTH, 4L);
            exchange.getMessage().setHeader("CamelElevenLabsAudioSha256", sha256(new byte[] { 1, 2, 3, 4 }));

            assertThatThrownBy(() -> ConversationArchive.verify(exchange))
                    .isInstanceOf(IncompleteArchiveException.class).hasMessageContaining("audio.mp3")
                    .hasMessageContaining("3 bytes").hasMessageContaining("received 4 bytes")
                    .hasMessageContaining("not deleted");
        }
    }

    @Test
    void anIdThatCannotNameAFolderIsNotArchivedNorDeleted() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setHeader("CamelElevenLabsConversationId", "../../etc");
            exchange.getMessage().setBody(Map.of());

            assertThatThrownBy(() -> ConversationArchive.details(exchange))
                    .isInstanceOf(IncompleteArchiveException.class).hasMessageContaining("cannot name");
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
