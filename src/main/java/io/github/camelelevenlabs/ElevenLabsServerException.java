package io.github.camelelevenlabs;

import java.util.Map;

import io.github.camelelevenlabs.client.ErrorBody;

/**
 * ElevenLabs failed to handle the call (5xx). Usually transient: a later retry may succeed.
 */
public class ElevenLabsServerException extends ElevenLabsException {

    private static final long serialVersionUID = 1L;

    /**
     * @see ElevenLabsException#ElevenLabsException(ElevenLabsOperation, String, int, String, Map, String)
     */
    public ElevenLabsServerException(ElevenLabsOperation operation, String uri, int statusCode, String statusText,
            Map<String, String> responseHeaders, String responseBody) {
        super(operation, uri, statusCode, statusText, responseHeaders, responseBody);
    }

    ElevenLabsServerException(ElevenLabsOperation operation, String uri, int statusCode, String statusText,
            Map<String, String> responseHeaders, String responseBody, ErrorBody error) {
        super(operation, uri, statusCode, statusText, responseHeaders, responseBody, error);
    }
}
