package io.github.camelelevenlabs.examples;

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
    void theDemoRunsToTheEndOnTheFake() throws Exception {
        ErasureDemo.main(new String[0]);
    }
}
