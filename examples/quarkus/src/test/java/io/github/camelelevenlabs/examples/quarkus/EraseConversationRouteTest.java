package io.github.camelelevenlabs.examples.quarkus;

import jakarta.inject.Inject;

import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.ElevenLabsRegion;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** The route on Camel Quarkus (JVM mode), against the fake ElevenLabs API. */
@QuarkusTest
@QuarkusTestResource(FakeElevenLabsResource.class)
@Timeout(120)
class EraseConversationRouteTest {

    @Inject
    ProducerTemplate template;

    @Inject
    CamelContext camel;

    @Test
    void aConversationNamedInTheBodyIsDeletedThroughTheComponentQuarkusDiscovered() {
        FakeElevenLabsResource.fake.addConversations("conv_quarkus", "conv_kept");

        template.requestBody("direct:erase", "conv_quarkus");

        assertThat(FakeElevenLabsResource.fake.conversationIds()).containsExactly("conv_kept");
        assertThat(FakeElevenLabsResource.fake.contractViolations()).isEmpty();
        ElevenLabsComponent component = camel.getComponent("elevenlabs", ElevenLabsComponent.class);
        assertThat(component.getConfiguration().getRegion()).as("from application.properties")
                .isEqualTo(ElevenLabsRegion.EU);
    }
}
