package io.github.camelelevenlabs;

import io.github.camelelevenlabs.client.ApiResponse;
import io.github.camelelevenlabs.client.RequestTarget;
import io.github.camelelevenlabs.client.ServerText;
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
final class DeleteConversationProducer extends OneConversationProducer {

    private static final Logger LOG = LoggerFactory.getLogger(DeleteConversationProducer.class);

    DeleteConversationProducer(ElevenLabsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    boolean process(Exchange exchange, AsyncCallback callback, ConversationId id) {
        RequestTarget target = conversationTarget(id);
        if (configuration().isDryRun()) {
            LOG.debug("Dry run: would delete conversation {} at {}", id, target);
            Message message = exchange.getMessage();
            message.setHeader(ElevenLabsConstants.DRY_RUN, true);
            // nothing was sent: what an earlier call on this message (its listing) answered is not this one's
            message.setHeader(ElevenLabsConstants.ATTEMPTS, 0);
            message.removeHeader(ElevenLabsConstants.HTTP_RESPONSE_CODE);
            message.removeHeader(ElevenLabsConstants.REQUEST_ID);
            callback.done(true);
            return true;
        }
        LOG.debug("Deleting conversation {} at {}", id, target);
        return call(exchange, callback, "DELETE", target, (ex, response, to) -> onAnswer(ex, id, to, response));
    }

    /** Counts each delete's outcome for the endpoint's JMX figures, once the exchange has it. */
    @Override
    AsyncCallback whenDone(Exchange exchange, AsyncCallback callback) {
        return doneSync -> {
            count(exchange);
            callback.done(doneSync);
        };
    }

    private void count(Exchange exchange) {
        EndpointActivity activity = endpoint.activity();
        Exception failure = exchange.getException();
        if (failure == null && configuration().isDryRun()) {
            activity.dryRun();
        } else if (failure instanceof ElevenLabsNotFoundException || failure == null
                && configuration().isIgnoreNotFound()
                && Boolean.TRUE.equals(exchange.getMessage().getHeader(ElevenLabsConstants.NOT_FOUND))) {
            activity.alreadyGone();
        } else if (failure == null) {
            activity.deleted();
        } else {
            // another answer once retries were spent, no answer, or an id refused before sending
            activity.deleteFailed();
        }
    }

    private void onAnswer(Exchange exchange, ConversationId id, RequestTarget target, ApiResponse response)
            throws Exception {
        if (alreadyGone(exchange.getMessage(), response)) {
            LOG.debug("Conversation {} was already gone (HTTP 404, request-id {})", id,
                    ServerText.shown(response.header("request-id")));
            return;
        }
        if (!response.isSuccess()) {
            exchange.setException(failure(ElevenLabsOperation.delete, target, response));
            return;
        }
        if (LOG.isDebugEnabled()) {
            // the request id is escaped only for a line that is written: every delete passes here
            LOG.debug("Deleted conversation {} (HTTP {}, request-id {})", id, response.status(),
                    ServerText.shown(response.header("request-id")));
        }
        exchange.getMessage().setBody(parsedBody(response));
    }
}
