package io.github.camelelevenlabs;

import java.util.List;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For any id at all: either it is refused before anything is sent, or the server receives exactly one path segment
 * that decodes to the id.
 */
class ConversationIdPropertyTest {

    private static FakeElevenLabs fake;
    private static CamelContext context;

    @BeforeContainer
    static void start() {
        fake = new FakeElevenLabs().start();
        context = new DefaultCamelContext();
        ElevenLabsComponent component = new ElevenLabsComponent();
        component.setApiKey(FakeElevenLabs.API_KEY);
        component.setEnvironment(name -> null);
        context.addComponent("elevenlabs", component);
        context.start();
    }

    @AfterContainer
    static void stop() {
        context.stop();
        assertThat(fake.contractViolations()).isEmpty();
        fake.close();
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(0).ofMaxLength(40),
                Arbitraries.strings().withChars("/?#%.+ &=;:@\\").ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().alpha().numeric().withChars("_-").ofMinLength(1).ofMaxLength(600));
    }

    @Property(tries = 300)
    void anIdIsEitherRefusedBeforeSendingOrReachesTheServerAsExactlyOneSegmentEqualToIt(@ForAll("ids") String id) {
        fake.reset();
        fake.addConversations(id);

        Exchange exchange = context.createProducerTemplate().send(
                "elevenlabs:conversations?operation=delete&baseUrl=" + fake.baseUrl(),
                e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, id));

        List<FakeElevenLabs.RecordedRequest> requests = fake.requests();
        if (exchange.getException() instanceof InvalidConversationIdException) {
            assertThat(requests).isEmpty();
            return;
        }
        assertThat(exchange.getException()).isNull();
        assertThat(requests).hasSize(1);
        List<String> segments = requests.get(0).rawSegments();
        assertThat(segments).hasSize(4);
        assertThat(FakeElevenLabs.decodeSegment(segments.get(3))).isEqualTo(id);
        assertThat(fake.hasConversation(id)).isFalse();
    }
}
