package io.github.camelelevenlabs.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static org.assertj.core.api.Assertions.assertThat;

/** The file erasure example, in Java and in YAML, does what its documentation says. */
class FileErasureRouteIT extends ExampleTestSupport {

    private CamelContext camel(String dsl) throws Exception {
        CamelContext context = camel(dsl, new FileErasureRoute(), "routes/erasure-from-file.yaml", properties());
        context.start();
        return context;
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void eachIdInTheFileIsAuditedAndFailuresReachTheDeadLetterFileWithTheirReason(String dsl) throws Exception {
        fake.addConversations("conv_1", "conv_2");
        fake.stubFor(delete("/v1/convai/conversations/conv_broken").atPriority(1).willReturn(json(500, "{\"detail\":{\"status\":\"internal_error\",\"message\":\"Boom\"}}")));
        try (CamelContext context = camel(dsl)) {
            Files.createDirectories(work.resolve("inbox"));
            Files.writeString(work.resolve("inbox").resolve("requests.txt"),
                    "# erasure request 42\r\nconv_1\r\n  conv_2  \n\nconv_gone\n..\nconv_broken\n", StandardCharsets.UTF_8);

            List<Map<String, Object>> audit = auditRecords("audit.jsonl", 5);
            List<Map<String, Object>> deadLetters = auditRecords("dead-letters.jsonl", 2);

            Map<Object, Object> outcomes = audit.stream()
                    .collect(Collectors.toMap(r -> r.get("conversationId"), r -> r.get("outcome")));
            assertThat(outcomes).containsEntry("conv_1", "deleted").containsEntry("conv_2", "deleted")
                    .containsEntry("conv_gone", "already-gone").containsEntry("..", "failed")
                    .containsEntry("conv_broken", "failed").hasSize(5);
            assertThat(audit).hasSize(5);
            Map<Object, Map<String, Object>> failures = deadLetters.stream()
                    .collect(Collectors.toMap(r -> r.get("conversationId"), r -> r));
            assertThat(failures.get("..")).containsEntry("error", "InvalidConversationIdException");
            assertThat((String) failures.get("..").get("reason")).contains("dot segment");
            assertThat(failures.get("conv_broken")).containsEntry("error", "ElevenLabsServerException")
                    .containsEntry("status", 500).containsEntry("attempts", 3);
            assertThat((String) failures.get("conv_broken").get("reason")).contains("Boom");
            assertThat(fake.conversationIds()).isEmpty();
        }
    }
}
