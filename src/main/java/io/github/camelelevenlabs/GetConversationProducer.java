package io.github.camelelevenlabs;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

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
        ConversationId id;
        try {
            id = conversationId(exchange.getMessage());
        } catch (InvalidConversationIdException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        exchange.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, id.value());
        return call(exchange, callback, "GET", target(CONVERSATIONS + "/" + id.pathSegment()),
                (ex, response, target) -> {
                    Message message = ex.getMessage();
                    if (configuration().isIgnoreNotFound()) {
                        message.setHeader(ElevenLabsConstants.NOT_FOUND, response.status() == 404);
                        if (response.status() == 404) {
                            message.setBody(null);
                            return;
                        }
                    }
                    if (!response.isSuccess()) {
                        ex.setException(failure(ElevenLabsOperation.get, target, response));
                        return;
                    }
                    message.setBody(parsedBody(response));
                });
    }
}
