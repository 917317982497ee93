package io.github.camelelevenlabs;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50 MB recording goes from ElevenLabs to a file through a route in a JVM whose whole heap is smaller than the
 * recording: operation=getAudio never holds a recording in memory, with Camel's default stream caching on.
 */
class LargeRecordingOnASmallHeapTest {

    private static final int FIFTY_MB = 50 * 1024 * 1024;
    private static final String HEAP = "-Xmx32m";

    private static FakeElevenLabs fake;

    @TempDir
    Path archive;

    @BeforeAll
    static void startFake() {
        fake = new FakeElevenLabs().start();
        fake.addConversations("conv_long_call");
        fake.giveAudio("conv_long_call", FIFTY_MB);
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFiftyMegabyteRecordingIsArchivedByAJvmWithAThirtyTwoMegabyteHeap(Transport transport) throws Exception {
        Path log = archive.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), RouteInASmallHeap.class.getName(), fake.baseUrl(),
                "conv_long_call", archive.toString(), String.valueOf(transport == Transport.SYNCHRONOUS))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(100, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();

        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isZero();
        Path stored = archive.resolve("conv_long_call.mp3");
        assertThat(Files.size(stored)).isEqualTo(FIFTY_MB);
        String sha256 = sha256(stored);
        assertThat(sha256).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(FakeElevenLabs.audioOf("conv_long_call", FIFTY_MB))));
        assertThat(output).contains("sha256 " + sha256).containsPattern("max heap [0-9]+ MiB");
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The child JVM: one route, as a user writes it, from getAudio to a file. */
    public static final class RouteInASmallHeap {

        public static void main(String[] args) throws Exception {
            String baseUrl = args[0];
            String id = args[1];
            String directory = args[2];
            String synchronous = args[3];
            System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
            try (CamelContext camel = new DefaultCamelContext()) {
                camel.getComponent("elevenlabs", ElevenLabsComponent.class).setApiKey(FakeElevenLabs.API_KEY);
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:archive")
                                .to("elevenlabs:conversations?operation=getAudio&requestTimeout=60000&baseUrl="
                                    + baseUrl + "&synchronous=" + synchronous)
                                .to("file:" + directory + "?fileName=${header.CamelElevenLabsConversationId}.mp3");
                    }
                });
                camel.start();
                Exchange exchange = camel.createProducerTemplate().request("direct:archive",
                        e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, id));
                if (exchange.getException() != null) {
                    exchange.getException().printStackTrace(System.out);
                    System.exit(1);
                }
                System.out.println("sha256 " + exchange.getMessage().getHeader(ElevenLabsConstants.AUDIO_SHA256));
            }
        }
    }
}
