package io.github.camelelevenlabs;

import java.util.Map;

import io.github.camelelevenlabs.client.ErrorBody;

/**
 * ElevenLabs has no such conversation (404): it never existed, or it was already deleted. Pipelines where "already gone" counts as done can treat this as success.
 */
public class ElevenLabsNotFoundException extends ElevenLabsException {

    private static final long serialVersionUID = 1L;

    /**
     * @see ElevenLabsException#ElevenLabsException(ElevenLabsOperation, String, int, String, Map, String)
     */
    public ElevenLabsNotFoundException(ElevenLabsOperation operation, String uri, int statusCode, String statusText,
            Map<String, String> responseHeaders, String responseBody) {
        super(operation, uri, statusCode, statusText, responseHeaders, responseBody);
    }

    ElevenLabsNotFoundException(ElevenLabsOperation operation, String uri, int statusCode, String statusText,
            Map<String, String> responseHeaders, String responseBody, ErrorBody error) {
        super(operation, uri, statusCode, statusText, responseHeaders, responseBody, error);
    }
}
