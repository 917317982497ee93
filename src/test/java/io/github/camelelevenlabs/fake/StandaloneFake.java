package io.github.camelelevenlabs.fake;

import java.util.ArrayList;
import java.util.List;

/**
 * The fake ElevenLabs API on its own, for trying routes by hand: it listens on 127.0.0.1 (port 8089 unless
 * {@code --port N}), holds the conversations named on the command line (or three demo ones), accepts
 * {@link FakeElevenLabs#API_KEY}, and runs until the process is stopped. From the repository root:
 * {@code mvn -B -ntp -q test-compile exec:java@fake -Dexec.args="--port 8089 conv_1 conv_2"}.
 */
public final class StandaloneFake {

    static final int DEFAULT_PORT = 8089;

    private StandaloneFake() {
    }

    /** Starts the fake and says how to reach it; the server's threads keep the process running. */
    public static void main(String[] args) {
        FakeElevenLabs fake = start(args);
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
        System.out.println("Fake ElevenLabs API at " + fake.baseUrl() + " with " + fake.conversationIds().size()
                           + " conversations " + fake.conversationIds());
        System.out.println("Use baseUrl=" + fake.baseUrl() + " and the key " + FakeElevenLabs.API_KEY
                           + " (a fake one). Stop with Ctrl-C.");
    }

    /**
     * @param  args {@code [--port N] [conversation ids...]}
     * @return      the fake, started
     */
    static FakeElevenLabs start(String[] args) {
        int port = DEFAULT_PORT;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--port".equals(args[i]) && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else {
                ids.add(args[i]);
            }
        }
        if (ids.isEmpty()) {
            ids = List.of("conv_demo_1", "conv_demo_2", "conv_demo_3");
        }
        FakeElevenLabs fake = new FakeElevenLabs(false, port).start();
        fake.addConversations(ids);
        return fake;
    }
}
