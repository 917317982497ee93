package io.github.camelelevenlabs.examples.demo;

import java.util.List;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErasureDemoTest {

    @Test
    void eachRequestIsDeletedOrDeadLetteredWithItsReason() throws Exception {
        try (FakeElevenLabs fake = new FakeElevenLabs().start()) {
            fake.addConversations("conv_1", "conv_2");

            List<ErasureDemo.Outcome> outcomes = ErasureDemo.erase(
                    "elevenlabs:conversations?operation=delete&apiKey=" + FakeElevenLabs.API_KEY + "&baseUrl="
                                                                   + fake.baseUrl(),
                    List.of("conv_1", "conv_gone", "..", "conv_2"));

            assertThat(outcomes).extracting(ErasureDemo.Outcome::conversationId)
                    .containsExactly("conv_1", "conv_gone", "..", "conv_2");
            assertThat(outcomes).extracting(ErasureDemo.Outcome::deleted).containsExactly(true, false, false, true);
            assertThat(outcomes.get(1).detail()).contains("ElevenLabsNotFoundException", "conv_gone not found");
            assertThat(outcomes.get(2).detail()).contains("InvalidConversationIdException", "dot segment");
            assertThat(fake.conversationIds()).isEmpty();
            assertThat(fake.contractViolations()).isEmpty();
        }
    }

    @Test
    void theDemoPrintsWhatItDeletedWhatFailedAndWhyAndWhatIsLeft() throws Exception {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream console = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            FakeErasureDemo.main(new String[0]);
        } finally {
            System.setOut(console);
        }
        String output = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        console.print(output);

        assertThat(output).contains("Fake ElevenLabs API at http://127.0.0.1:")
                .containsPattern("DELETED conv_demo_alice_01 ")
                .containsPattern("DELETED conv_demo_alice_02 ")
                .containsPattern("FAILED  conv_demo_gone .*ElevenLabsNotFoundException")
                .containsPattern("FAILED  \\.\\. .*InvalidConversationIdException.*dot segment")
                .containsPattern("FAILED  conv_demo_busy .*after 3 request\\(s\\).*ElevenLabsServerException")
                .contains("2 deleted, 3 in the dead letter channel")
                .contains("Left on the server: [conv_demo_bob_01]")
                .doesNotContain(FakeElevenLabs.API_KEY);
    }
}
