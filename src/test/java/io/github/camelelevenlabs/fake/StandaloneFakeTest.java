package io.github.camelelevenlabs.fake;

import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.ElevenLabsConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake started on its own, as README says, serves a route that a user points at it. */
class StandaloneFakeTest {

    @Test
    void startedOnItsOwnTheFakeHoldsTheConversationsNamedAndARouteDeletesThem() throws Exception {
        try (FakeElevenLabs fake = StandaloneFake.start(new String[] { "--port", "0", "conv_by_hand" });
             CamelContext camel = new DefaultCamelContext()) {
            camel.getComponent("elevenlabs", ElevenLabsComponent.class).setApiKey(FakeElevenLabs.API_KEY);
            camel.start();

            Exchange exchange = camel.createProducerTemplate().request(
                    "elevenlabs:conversations?operation=delete&baseUrl=" + fake.baseUrl(),
                    e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_by_hand"));

            assertThat(exchange.getException()).isNull();
            assertThat(fake.conversationIds()).isEmpty();
            assertThat(fake.contractViolations()).isEmpty();
        }
    }

    @Test
    void withoutIdsTheFakeHoldsThreeDemoConversations() {
        try (FakeElevenLabs fake = StandaloneFake.start(new String[] { "--port", "0" })) {
            assertThat(fake.conversationIds()).containsExactlyInAnyOrder("conv_demo_1", "conv_demo_2",
                    "conv_demo_3");
        }
    }
}
