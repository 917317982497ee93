package io.github.camelelevenlabs.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file erasure as README says to run it: {@code org.apache.camel.main.Main} (what {@code mvn exec:java} starts)
 * in a JVM of its own, from the folder it is run in, with the key in the environment and options as {@code -D}
 * system properties; here pointed at the fake by one more of them. It must keep running, erase the ids of a file
 * dropped in {@code erasure/inbox} under that folder, and audit them in {@code erasure/audit}.
 */
class CamelMainStartedByItsUserIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void startedAsReadmeSaysItErasesTheIdsOfAFileDroppedInItsInboxAndKeepsRunning() throws Exception {
        try (FakeElevenLabs fake = new FakeElevenLabs().start()) {
            fake.addConversations("conv_user_1", "conv_user_2");
            Path folder = Files.createTempDirectory("camel-main-user");
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dcamel.component.elevenlabs.region=eu",
                    "-Dcamel.component.elevenlabs.base-url=" + fake.baseUrl(),
                    "-cp", System.getProperty("java.class.path"), "org.apache.camel.main.Main")
                    .directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("application.log").toFile());
            builder.environment().put("ELEVENLABS_API_KEY", FakeElevenLabs.API_KEY);
            Process application = builder.start();
            try {
                Files.createDirectories(folder.resolve("erasure/inbox"));
                Files.writeString(folder.resolve("erasure/inbox/requests.txt"), "conv_user_1\nconv_user_2\n");

                List<String> audit = awaitLines(application, folder, folder.resolve("erasure/audit/audit.jsonl"), 2);

                assertThat(audit).allSatisfy(line -> assertThat(line).contains("\"outcome\":\"deleted\""));
                assertThat(fake.conversationIds()).isEmpty();
                assertThat(application.isAlive()).as("still running once its work is done, until stopped").isTrue();
            } finally {
                application.destroy();
                if (!application.waitFor(20, TimeUnit.SECONDS)) {
                    application.destroyForcibly();
                }
            }
            assertThat(Files.readString(folder.resolve("application.log")))
                    .as("the key never in the application's output").doesNotContain(FakeElevenLabs.API_KEY);
        }
    }

    private static List<String> awaitLines(Process application, Path folder, Path file, int count) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!application.isAlive()) {
                throw new AssertionError("the application stopped by itself (exit " + application.exitValue() + "):\n"
                                         + log(folder));
            }
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() >= count) {
                    return lines;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + count + " lines in " + file + " within " + WITHIN + ":\n" + log(folder));
    }

    private static String log(Path folder) throws IOException {
        return Files.readString(folder.resolve("application.log"));
    }
}
