package io.github.camelelevenlabs;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * Reads one conversation's details: {@code GET /v1/convai/conversations/{conversation_id}}, with the same id rules as
 * delete. The body is ElevenLabs' JSON answer, parsed into a Map (transcript, metadata, analysis...).
 */
final class GetConversationProducer extends ElevenLabsProducer {

    GetConversationProducer(ElevenLabsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ConversationId id = conversationId(exchange);
        if (id == null) {
            callback.done(true);
            return true;
        }
        return call(exchange, callback, "GET", conversationTarget(id),
                (ex, response, target) -> {
                    if (alreadyGone(ex.getMessage(), response)) {
                        return;
                    }
                    if (!response.isSuccess()) {
                        ex.setException(failure(ElevenLabsOperation.get, target, response));
                        return;
                    }
                    ex.getMessage().setBody(parsedBody(response));
                });
    }
}
