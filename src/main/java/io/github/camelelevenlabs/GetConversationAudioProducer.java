package io.github.camelelevenlabs;

import io.github.camelelevenlabs.client.AnswerKind;
import io.github.camelelevenlabs.client.ApiResponse;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.converter.stream.InputStreamCache;

/**
 * Reads one conversation's audio: {@code GET /v1/convai/conversations/{conversation_id}/audio}, with the same id rules,
 * retries and deadlines as the other operations; the deadline covers the whole recording.
 * <p>
 * The recording is read whole before the exchange continues, in memory while it is small and in a temporary file
 * beyond that: a connection that breaks halfway fails the exchange (and a redelivery fetches it again) instead of
 * handing {@code to("file:...")} half a recording that would look complete. The body is a re-readable
 * {@link StreamCache}, which Camel's stream caching leaves as it is, so that a large recording never sits in the heap;
 * the temporary file goes when it is no longer needed ({@link RecordingFile}).
 */
final class GetConversationAudioProducer extends OneConversationProducer {

    GetConversationAudioProducer(ElevenLabsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    boolean process(Exchange exchange, AsyncCallback callback, ConversationId id) {
        return call(exchange, callback, "GET", conversationTarget(id, "/audio"),
                AnswerKind.AUDIO, (ex, response, target) -> {
                    boolean gone = alreadyGone(ex.getMessage(), response);
                    if (gone || !response.isSuccess()) {
                        if (!gone) {
                            ex.setException(failure(ElevenLabsOperation.getAudio, target, response));
                        }
                        response.discardBody();
                        // no recording: an earlier step's would be taken for this one's
                        ex.getMessage().removeHeader(ElevenLabsConstants.CONTENT_TYPE);
                        ex.getMessage().removeHeader(ElevenLabsConstants.CONTENT_LENGTH);
                        ex.getMessage().removeHeader(ElevenLabsConstants.AUDIO_SHA256);
                        return;
                    }
                    handOver(ex, response);
                });
    }

    /** Makes the recording the message's body; the exchange owns its temporary file from here on. */
    private static void handOver(Exchange exchange, ApiResponse response) {
        StreamCache audio = response.bodyFile() == null ? new InputStreamCache(response.body())
                : RecordingFile.handedTo(exchange, response);
        Message message = exchange.getMessage();
        message.setBody(audio);
        String contentType = response.header("Content-Type");
        if (contentType != null) {
            message.setHeader(ElevenLabsConstants.CONTENT_TYPE, contentType);
        } else {
            message.removeHeader(ElevenLabsConstants.CONTENT_TYPE);
        }
        message.setHeader(ElevenLabsConstants.CONTENT_LENGTH, response.bodySize());
        message.setHeader(ElevenLabsConstants.AUDIO_SHA256, response.bodySha256());
    }
}
