package io.github.camelelevenlabs;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.github.camelelevenlabs.client.RequestTarget;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What the operations on one conversation (delete, get, getAudio) share: the conversation id is checked before
 * anything else, and one that cannot be sent ends the exchange with its {@link InvalidConversationIdException},
 * nothing sent.
 */
abstract class OneConversationProducer extends ElevenLabsProducer {

    OneConversationProducer(ElevenLabsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public final boolean process(Exchange exchange, AsyncCallback callback) {
        AsyncCallback done = whenDone(exchange, callback);
        ConversationId id = conversationId(exchange);
        if (id == null) {
            done.done(true);
            return true;
        }
        return process(exchange, done, id);
    }

    /**
     * @return the callback that ends the exchange, refused id included; an operation that looks at every outcome wraps
     *         {@code callback} (it is called with the exchange's exception already set)
     */
    AsyncCallback whenDone(Exchange exchange, AsyncCallback callback) {
        return callback;
    }

    /** Does the operation for a conversation id that can be sent; completes the exchange as any producer does. */
    abstract boolean process(Exchange exchange, AsyncCallback callback, ConversationId id);

    /**
     * @return the checked conversation id of the message (its header, else the endpoint's option when the message has
     *         no such header), also put in the header; null when it cannot be sent, the exchange's exception then set
     */
    ConversationId conversationId(Exchange exchange) {
        Message message = exchange.getMessage();
        Object fromHeader = message.getHeader(ElevenLabsConstants.CONVERSATION_ID);
        try {
            if (fromHeader instanceof byte[] bytes) {
                // what camel-kafka gives a record's headers as: text only if it is UTF-8 through and through
                fromHeader = utf8(bytes);
            }
            if (fromHeader == null && message.getHeaders().containsKey(ElevenLabsConstants.CONVERSATION_ID)) {
                // setHeader(id, body()) with no body: the endpoint's own id is not what this message named
                throw new InvalidConversationIdException("The " + ElevenLabsConstants.CONVERSATION_ID + " header is"
                                                         + " present with no value (null): set it to one conversation"
                                                         + " id, or remove it to use the endpoint's conversationId");
            }
            if (fromHeader != null && !(fromHeader instanceof CharSequence)) {
                // a List would be sent as "[a, b]": a request for a conversation nobody named, which ignoreNotFound
                // would even record as erased
                throw new InvalidConversationIdException("The " + ElevenLabsConstants.CONVERSATION_ID + " header is a "
                                                         + fromHeader.getClass().getName()
                                                         + ", not text: set it to one conversation id");
            }
            ConversationId id = fromHeader != null
                    ? ConversationId.of(fromHeader.toString(), "the " + ElevenLabsConstants.CONVERSATION_ID + " header")
                    : ConversationId.of(endpoint.getConversationId(), "the conversationId option");
            message.setHeader(ElevenLabsConstants.CONVERSATION_ID, id.value());
            return id;
        } catch (InvalidConversationIdException e) {
            exchange.setException(e);
            return null;
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            throw new InvalidConversationIdException("The " + ElevenLabsConstants.CONVERSATION_ID + " header is bytes"
                                                     + " that are not UTF-8 text");
        }
    }

    /** @return where the conversation is: {@code /v1/convai/conversations/{conversation_id}} */
    RequestTarget conversationTarget(ConversationId id) {
        return conversationTarget(id, "");
    }

    /** @return a path or query under the conversation, such as {@code /audio} */
    RequestTarget conversationTarget(ConversationId id, String under) {
        return target(CONVERSATIONS + "/" + id.pathSegment() + under);
    }
}
