package io.github.camelelevenlabs.examples.quarkus;

import java.util.Map;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the fake ElevenLabs API for the tests and points the application at it, as the environment would. */
public class FakeElevenLabsResource implements QuarkusTestResourceLifecycleManager {

    static FakeElevenLabs fake;

    @Override
    public Map<String, String> start() {
        fake = new FakeElevenLabs().start();
        return Map.of("camel.component.elevenlabs.base-url", fake.baseUrl(),
                "camel.component.elevenlabs.api-key", FakeElevenLabs.API_KEY);
    }

    @Override
    public void stop() {
        fake.close();
    }
}
