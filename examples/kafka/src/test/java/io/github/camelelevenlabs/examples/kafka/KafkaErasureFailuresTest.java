package io.github.camelelevenlabs.examples.kafka;

import java.io.IOException;
import java.util.Map;

import io.github.camelelevenlabs.ConversationListingException;
import io.github.camelelevenlabs.ElevenLabsAuthenticationException;
import io.github.camelelevenlabs.ElevenLabsException;
import io.github.camelelevenlabs.ElevenLabsOperation;
import io.github.camelelevenlabs.ElevenLabsRateLimitException;
import io.github.camelelevenlabs.ElevenLabsServerException;
import io.github.camelelevenlabs.ElevenLabsTransportException;
import io.github.camelelevenlabs.ElevenLabsValidationException;
import io.github.camelelevenlabs.examples.IncompleteErasureException;
import io.github.camelelevenlabs.InvalidConversationIdException;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures the Kafka pipeline parks on its dead letter topic (doing the request again cannot mend them) and
 * which it holds the partition for until they pass (an outage must not empty the backlog into dead letters).
 */
class KafkaErasureFailuresTest {

    private static final String URI = "https://api.elevenlabs.io/v1/convai/conversations/conv_1";

    @Test
    void whatDoingTheRequestAgainCannotMendIsDeadLettered() {
        assertThat(permanent(new InvalidConversationIdException("the conversation id is blank"))).isTrue();
        assertThat(permanent(new IllegalArgumentException("names neither a conversationId nor a userId"))).isTrue();
        assertThat(permanent(new ElevenLabsValidationException(ElevenLabsOperation.delete, URI, 422, null, Map.of(),
                "{\"detail\":[]}"))).isTrue();
        assertThat(permanent(new ElevenLabsException(ElevenLabsOperation.delete, URI, 400, null, Map.of(), null)))
                .isTrue();
        assertThat(permanent(new ConversationListingException("a page could not be read", new IOException("JSON"))))
                .isTrue();
    }

    @Test
    void aUserWithConversationsLeftAfterTheLastPassIsDeadLetteredRatherThanHoldingThePartition() {
        assertThat(permanent(new IncompleteErasureException(Map.of("found", 5L, "passes", 5L, "remaining", 1L))))
                .isTrue();
    }

    @Test
    void outagesRateLimitsTheNetworkAndARejectedKeyHoldThePartition() {
        assertThat(permanent(new ElevenLabsServerException(ElevenLabsOperation.delete, URI, 503, null, Map.of(),
                null))).isFalse();
        assertThat(permanent(new ElevenLabsRateLimitException(ElevenLabsOperation.delete, URI, 429, null, Map.of(),
                null))).isFalse();
        assertThat(permanent(new ElevenLabsException(ElevenLabsOperation.delete, URI, 408, null, Map.of(), null)))
                .isFalse();
        assertThat(permanent(new ElevenLabsException(ElevenLabsOperation.delete, URI, 409, null, Map.of(), null)))
                .isFalse();
        assertThat(permanent(new ElevenLabsTransportException("connection reset", new IOException(), false)))
                .isFalse();
        assertThat(permanent(new ElevenLabsAuthenticationException(ElevenLabsOperation.delete, URI, 401, null,
                Map.of(), null))).isFalse();
        assertThat(permanent(new ConversationListingException("a page could not be fetched",
                new ElevenLabsServerException(ElevenLabsOperation.list, URI, 502, null, Map.of(), null)))).isFalse();
    }

    private static boolean permanent(Exception failure) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setException(failure);
        return KafkaErasureRoute.isPermanent(exchange);
    }
}
