package io.github.camelelevenlabs.examples;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as {@code mvn compile exec:java} runs it: Camel Main with src/main/resources/application.properties
 * and the routes it names, here with the key and the base URL of the fake given as a deployment would give them.
 */
class CamelMainApplicationIT extends ExampleTestSupport {

    @Test
    void theRoutesApplicationPropertiesNameEraseWhatIsDroppedInTheInbox() throws Exception {
        fake.addConversations("conv_main_1", "conv_main_2");
        Main main = new Main();
        properties().forEach((name, value) -> main.addOverrideProperty((String) name, (String) value));
        main.addOverrideProperty("camel.component.elevenlabs.api-key", FakeElevenLabs.API_KEY);
        main.addOverrideProperty("camel.component.elevenlabs.base-url", fake.baseUrl());
        main.start();
        try {
            Files.createDirectories(work.resolve("inbox"));
            Files.writeString(work.resolve("inbox").resolve("requests.txt"), "conv_main_1\nconv_main_gone\n");

            List<Map<String, Object>> audit = auditRecords("audit.jsonl", 2);

            assertThat(main.getCamelContext().getRoute("erasure-from-file")).isNotNull();
            assertThat(audit).extracting(r -> r.get("conversationId") + " " + r.get("outcome"))
                    .containsExactlyInAnyOrder("conv_main_1 deleted", "conv_main_gone already-gone");
            assertThat(fake.conversationIds()).containsExactly("conv_main_2");
        } finally {
            main.stop();
        }
    }
}
