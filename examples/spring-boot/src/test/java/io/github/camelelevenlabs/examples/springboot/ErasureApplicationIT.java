package io.github.camelelevenlabs.examples.springboot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.ElevenLabsRegion;
import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring Boot example as its users run it: the component configured from application.properties and
 * the environment (simulated here by test properties), the erasure route started by Camel Spring Boot, the producer
 * health check on, all against the fake ElevenLabs API.
 */
@SpringBootTest(classes = ErasureApplication.class, properties = {
        // in place of the environment, which a test in this JVM cannot set (ErasureApplicationStartedByItsUserIT
        // gives the key through the environment)
        "camel.component.elevenlabs.api-key=" + FakeElevenLabs.API_KEY,
        "ELEVENLABS_REGION=eu" })
class ErasureApplicationIT {

    static final FakeElevenLabs FAKE;
    static final Path WORK;

    static {
        FAKE = new FakeElevenLabs().start();
        try {
            WORK = Files.createTempDirectory("spring-boot-erasure");
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void fakeAndFolders(DynamicPropertyRegistry registry) {
        registry.add("camel.component.elevenlabs.base-url", FAKE::baseUrl);
        registry.add("erasure.inbox", () -> WORK.resolve("inbox").toString());
        registry.add("erasure.audit", () -> WORK.resolve("audit").toString());
    }

    @AfterAll
    static void stopFake() {
        assertThat(FAKE.contractViolations()).isEmpty();
        FAKE.close();
    }

    @Test
    void theComponentIsConfiguredOnceFromApplicationPropertiesAndTheEnvironment() {
        ElevenLabsComponent elevenlabs = camel.getComponent("elevenlabs", ElevenLabsComponent.class);

        assertThat(elevenlabs.getConfiguration().getRegion()).isEqualTo(ElevenLabsRegion.EU);
        assertThat(elevenlabs.getConfiguration().getMaxRetries()).isEqualTo(3);
        assertThat(elevenlabs.getConfiguration().getMaxRetryDelay()).isEqualTo(30_000);
        assertThat(elevenlabs.getConfiguration().isIgnoreNotFound()).isTrue();
        assertThat(elevenlabs.getApiKey()).isEqualTo(FakeElevenLabs.API_KEY);
        assertThat(elevenlabs.getConfiguration().toString()).doesNotContain(FakeElevenLabs.API_KEY);
    }

    @Test
    void idsDroppedInTheInboxAreErasedAndAudited() throws Exception {
        FAKE.addConversations("conv_boot_1", "conv_boot_2");
        Files.createDirectories(WORK.resolve("inbox"));
        Files.writeString(WORK.resolve("inbox/requests.txt"), "conv_boot_1\nconv_boot_gone\nconv_boot_2\n");

        List<String> audit = awaitAuditLines(3);

        assertThat(FAKE.hasConversation("conv_boot_1")).isFalse();
        assertThat(FAKE.hasConversation("conv_boot_2")).isFalse();
        assertThat(audit).anySatisfy(line -> assertThat(line).contains("\"conversationId\":\"conv_boot_1\"",
                "\"outcome\":\"deleted\""));
        assertThat(audit).anySatisfy(line -> assertThat(line).contains("\"conversationId\":\"conv_boot_gone\"",
                "\"outcome\":\"already-gone\""));
    }

    @Test
    void theProducerHealthCheckIsOnAndUpWithTheConfiguredKey() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRegistry(camel).getRepository("producers")
                .orElseThrow();
        List<HealthCheck> elevenlabs = producers.stream()
                .filter(check -> check.getId().startsWith("producer:elevenlabs")).collect(Collectors.toList());

        assertThat(producers.isEnabled()).as("camel.health.producers-enabled=true").isTrue();
        assertThat(elevenlabs).isNotEmpty().allSatisfy(check -> {
            HealthCheck.Result result = check.call();
            assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(result.getDetails()).containsEntry("region", "eu");
        });
    }

    private static List<String> awaitAuditLines(int count) throws Exception {
        Path audit = WORK.resolve("audit/audit.jsonl");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(audit)) {
                List<String> lines = Files.readAllLines(audit);
                if (lines.size() >= count) {
                    return lines;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + count + " audit lines in " + audit + " within 30 s");
    }
}
