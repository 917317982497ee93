package io.github.camelelevenlabs;

import java.util.List;

import io.github.camelelevenlabs.client.RequestTarget;
import io.github.camelelevenlabs.client.ServerText;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * Reads one conversation's details: {@code GET /v1/convai/conversations/{conversation_id}}, with the same id rules as
 * delete. The body is ElevenLabs' JSON answer, parsed into a Map: the conversation (transcript, metadata, analysis...),
 * or with {@code format=opentelemetry} the conversation as an OTLP-compatible trace.
 */
final class GetConversationProducer extends OneConversationProducer {

    /** The forms ElevenLabs answers in: json, its default, or an OTLP-compatible trace. */
    static final List<String> FORMATS = List.of("json", "opentelemetry");

    GetConversationProducer(ElevenLabsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    boolean process(Exchange exchange, AsyncCallback callback, ConversationId id) {
        String format = endpoint.getFormat();
        // only when set: an endpoint that says nothing gets ElevenLabs' default, whatever it becomes
        RequestTarget request = format == null ? conversationTarget(id)
                : conversationTarget(id, "?format=" + format);
        return call(exchange, callback, "GET", request,
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

    /** The rule for the format option, checked when the endpoint is initialized: one of {@link #FORMATS}, or none. */
    static void checkedFormat(String format) {
        if (format != null && !FORMATS.contains(format)) {
            throw new IllegalArgumentException("format must be json or opentelemetry, not '" + ServerText.shown(format)
                                               + "'");
        }
    }
}
