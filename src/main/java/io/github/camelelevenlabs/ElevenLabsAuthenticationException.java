package io.github.camelelevenlabs;

import java.util.Map;

import io.github.camelelevenlabs.client.ErrorBody;

/**
 * ElevenLabs refused the API key (401) or its permissions (403): a wrong, revoked or under-privileged key, or a key of another region (data-residency stacks issue their own keys). Retrying will not help.
 */
public class ElevenLabsAuthenticationException extends ElevenLabsException {

    private static final long serialVersionUID = 1L;

    /**
     * @see ElevenLabsException#ElevenLabsException(ElevenLabsOperation, String, int, String, Map, String)
     */
    public ElevenLabsAuthenticationException(ElevenLabsOperation operation, String uri, int statusCode, String statusText,
            Map<String, String> responseHeaders, String responseBody) {
        super(operation, uri, statusCode, statusText, responseHeaders, responseBody);
    }

    ElevenLabsAuthenticationException(ElevenLabsOperation operation, String uri, int statusCode, String statusText,
            Map<String, String> responseHeaders, String responseBody, ErrorBody error) {
        super(operation, uri, statusCode, statusText, responseHeaders, responseBody, error);
    }
}
