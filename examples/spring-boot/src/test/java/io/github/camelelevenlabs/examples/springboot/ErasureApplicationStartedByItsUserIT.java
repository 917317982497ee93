package io.github.camelelevenlabs.examples.springboot;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as its user starts it: in a JVM of its own, from its main class with the key in the environment,
 * as {@code mvn spring-boot:run} or {@code java -jar} would. It must keep running after its start, erase what is
 * dropped in its inbox, and show its health over HTTP, until it is stopped.
 */
class ErasureApplicationStartedByItsUserIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void startedOnItsOwnItKeepsRunningErasesWhatIsDroppedInItsInboxAndShowsItsHealth() throws Exception {
        try (FakeElevenLabs fake = new FakeElevenLabs().start()) {
            fake.addConversations("conv_user_1", "conv_user_2");
            Path work = Files.createTempDirectory("spring-boot-user");
            int port = freePort();
            Process application = start(work, port, fake.baseUrl());
            try {
                Files.createDirectories(work.resolve("inbox"));
                Files.writeString(work.resolve("inbox/requests.txt"), "conv_user_1\nconv_user_2\n");

                List<String> audit = awaitAuditLines(application, work, 2);
                String health = health(application, work, port, "/actuator/health");
                String readiness = health(application, work, port, "/actuator/health/readiness");

                assertThat(audit).allSatisfy(line -> assertThat(line).contains("\"outcome\":\"deleted\""));
                assertThat(fake.hasConversation("conv_user_1")).isFalse();
                assertThat(fake.hasConversation("conv_user_2")).isFalse();
                assertThat(health).contains("\"status\":\"UP\"").contains("camelHealth");
                assertThat(readiness).as("readiness includes Camel's checks").contains("\"status\":\"UP\"")
                        .contains("camelHealth");
                assertThat(application.isAlive()).as("still running once its work is done, until stopped").isTrue();
            } finally {
                application.destroy();
                if (!application.waitFor(20, TimeUnit.SECONDS)) {
                    application.destroyForcibly();
                }
            }
            assertThat(Files.readString(work.resolve("application.log")))
                    .as("the key never in the application's output").doesNotContain(FakeElevenLabs.API_KEY);
        }
    }

    private static Process start(Path work, int port, String baseUrl) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ErasureApplication.class.getName(),
                "--server.port=" + port,
                "--camel.component.elevenlabs.base-url=" + baseUrl,
                "--erasure.inbox=" + work.resolve("inbox"),
                "--erasure.audit=" + work.resolve("audit"))
                .redirectErrorStream(true).redirectOutput(work.resolve("application.log").toFile());
        builder.environment().put("ELEVENLABS_API_KEY", FakeElevenLabs.API_KEY);
        builder.environment().put("ELEVENLABS_REGION", "eu");
        return builder.start();
    }

    private static List<String> awaitAuditLines(Process application, Path work, int count) throws Exception {
        Path audit = work.resolve("audit/audit.jsonl");
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            assertRunning(application, work);
            if (Files.exists(audit)) {
                List<String> lines = Files.readAllLines(audit);
                if (lines.size() >= count) {
                    return lines;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + count + " audit lines within " + WITHIN + ":\n" + log(work));
    }

    private static String health(Process application, Path work, int port, String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build();
        assertRunning(application, work);
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void assertRunning(Process application, Path work) throws IOException {
        if (!application.isAlive()) {
            throw new AssertionError("the application stopped by itself (exit " + application.exitValue() + "):\n"
                                     + log(work));
        }
    }

    private static String log(Path work) throws IOException {
        return Files.readString(work.resolve("application.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
