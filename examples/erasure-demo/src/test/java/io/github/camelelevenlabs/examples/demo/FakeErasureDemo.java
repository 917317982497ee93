package io.github.camelelevenlabs.examples.demo;

import java.io.PrintStream;
import java.util.List;

import io.github.camelelevenlabs.fake.FakeElevenLabs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;

/**
 * The Quick start demo without a key or a network: {@link ErasureDemo}'s route against the fake ElevenLabs API on
 * loopback, seeded with sample conversations, one of them busy. Run with {@code mvn test-compile exec:java}.
 */
public final class FakeErasureDemo {

    private FakeErasureDemo() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        try (FakeElevenLabs fake = new FakeElevenLabs().start()) {
            fake.addConversations("conv_demo_alice_01", "conv_demo_alice_02", "conv_demo_bob_01");
            fake.stubFor(delete("/v1/convai/conversations/conv_demo_busy").atPriority(1).willReturn(aResponse()
                    .withStatus(503).withHeader("Content-Type", "application/json").withHeader("request-id", "req_busy")
                    .withBody("{\"detail\":{\"status\":\"system_busy\",\"message\":\"The system is busy\"}}")));
            out.println("Fake ElevenLabs API at " + fake.baseUrl() + " holds " + fake.conversationIds().size()
                        + " conversations: " + fake.conversationIds());
            List<ErasureDemo.Outcome> outcomes = ErasureDemo.erase(
                    "elevenlabs:conversations?operation=delete&initialRetryDelay=200&apiKey=RAW("
                                           + FakeElevenLabs.API_KEY + ")&baseUrl=" + fake.baseUrl(),
                    List.of("conv_demo_alice_01", "conv_demo_alice_02", "conv_demo_gone", "..", "conv_demo_busy"));
            ErasureDemo.print(out, outcomes);
            out.println("Left on the server: " + fake.conversationIds());
        }
    }
}
