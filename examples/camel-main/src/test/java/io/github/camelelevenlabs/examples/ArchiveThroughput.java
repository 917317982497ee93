package io.github.camelelevenlabs.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.fake.Conversation;
import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Measures archive-then-erase against erase-only, in one run, with the routes as shipped (the user erasure, with and
 * without {@code erasure.archive}) against the fake ElevenLabs API holding the plan to 4 concurrent requests and taking
 * {@value #LATENCY_MILLIS} ms per request, as a network would. Rounds alternate the two so that warm-up and noise fall
 * on both; it prints a Markdown table for docs/benchmarks.md. Not a test: run it with
 * {@code mvn -B -ntp -q test-compile exec:java@archive-throughput}.
 */
public final class ArchiveThroughput {

    private static final int CONVERSATIONS = 150;
    private static final int ROUNDS = 3;
    private static final long LATENCY_MILLIS = 10;

    private ArchiveThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("archive-throughput");
        double[] eraseOnly = new double[ROUNDS];
        double[] archiveThenErase = new double[ROUNDS];
        try (FakeElevenLabs fake = new FakeElevenLabs().start()) {
            fake.limitConcurrency(4);
            fake.processFor(LATENCY_MILLIS);
            // warm-up, not counted
            run(fake, work, "warm", false);
            run(fake, work, "warm", true);
            for (int round = 0; round < ROUNDS; round++) {
                eraseOnly[round] = run(fake, work, "round" + round, false);
                archiveThenErase[round] = run(fake, work, "round" + round, true);
            }
        }
        double erase = median(eraseOnly);
        double archive = median(archiveThenErase);
        System.out.printf("| workflow | conversations/s (median of %d rounds of %d) | vs erase-only |%n", ROUNDS,
                CONVERSATIONS);
        System.out.println("|---|---|---|");
        System.out.printf("| erase only (list, delete) | %.1f | 1.00x |%n", erase);
        System.out.printf("| archive, then erase (list, get, getAudio %d KiB, write, check, delete) | %.1f | %.2fx |%n",
                FakeElevenLabs.DEFAULT_AUDIO_BYTES / 1024, archive, archive / erase);
    }

    /** @return conversations erased per second, archived first if asked */
    @SuppressWarnings("unchecked")
    private static double run(FakeElevenLabs fake, Path work, String name, boolean archive) throws Exception {
        String user = "user_" + name + (archive ? "_archived" : "_erased");
        for (int i = 0; i < CONVERSATIONS; i++) {
            fake.addConversation(Conversation.of("conv_" + user + "_" + i, 1_000 + i).withUser(user));
        }
        Properties properties = new Properties();
        properties.put("erasure.audit", work.resolve("audit").toString());
        if (archive) {
            properties.put("erasure.archive", work.resolve("archive-" + name).toString());
        }
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getPropertiesComponent().setInitialProperties(properties);
            ElevenLabsComponent elevenlabs = new ElevenLabsComponent();
            elevenlabs.setApiKey(FakeElevenLabs.API_KEY);
            elevenlabs.getConfiguration().setBaseUrl(fake.baseUrl());
            camel.addComponent("elevenlabs", elevenlabs);
            camel.addRoutes(new UserErasureRoute());
            if (archive) {
                camel.addRoutes(new ArchiveConversationRoute());
            }
            camel.start();
            long start = System.nanoTime();
            Map<String, Long> summary = camel.createProducerTemplate().requestBody("direct:erase-user", user,
                    Map.class);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (summary.get("deleted") != CONVERSATIONS) {
                throw new IllegalStateException("Not every conversation was erased: " + summary);
            }
            return CONVERSATIONS / seconds;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
