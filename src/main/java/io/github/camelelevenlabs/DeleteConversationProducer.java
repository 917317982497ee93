package io.github.camelelevenlabs;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the conversation named by the message: {@code DELETE /v1/convai/conversations/{conversation_id}}.
 * <p>
 * On success the message body is ElevenLabs' JSON answer, parsed ({@code null} when the answer was empty), and the
 * headers carry the status, the request id and the id that was deleted. With {@code dryRun} everything is checked and
 * logged but nothing is sent.
 */
final class DeleteConversationProducer extends ElevenLabsProducer {

    private static final Logger LOG = LoggerFactory.getLogger(DeleteConversationProducer.class);

    DeleteConversationProducer(ElevenLabsEndpoint endpoint) {
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
        RequestTarget target = target(CONVERSATIONS + "/" + id.pathSegment());
        Message message = exchange.getMessage();
        message.setHeader(ElevenLabsConstants.CONVERSATION_ID, id.value());
        if (configuration().isDryRun()) {
            LOG.debug("Dry run: would delete conversation {} at {}", id, target);
            message.setHeader(ElevenLabsConstants.DRY_RUN, true);
            callback.done(true);
            return true;
        }
        LOG.debug("Deleting conversation {} at {}", id, target);
        return call(exchange, callback, "DELETE", target, (ex, response, to) -> onAnswer(ex, id, to, response));
    }

    private void onAnswer(Exchange exchange, ConversationId id, RequestTarget target, ApiResponse response)
            throws Exception {
        Message message = exchange.getMessage();
        if (configuration().isIgnoreNotFound()) {
            message.setHeader(ElevenLabsConstants.NOT_FOUND, response.status() == 404);
            if (response.status() == 404) {
                LOG.debug("Conversation {} was already gone (HTTP 404, request-id {})", id,
                        response.header("request-id"));
                message.setBody(null);
                return;
            }
        }
        if (!response.isSuccess()) {
            exchange.setException(failure(ElevenLabsOperation.delete, target, response));
            return;
        }
        LOG.debug("Deleted conversation {} (HTTP {}, request-id {})", id, response.status(),
                response.header("request-id"));
        message.setBody(parsedBody(response));
    }
}
