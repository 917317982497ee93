package io.github.camelelevenlabs;

import java.util.Map;

import io.github.camelelevenlabs.client.ErrorBody;

/**
 * ElevenLabs refused the call because the account is over its rate or concurrency limit (429), for example
 * {@code concurrent_limit_exceeded}. Retry later: {@link #getRetryAfter()} says when, if the server said.
 */
public class ElevenLabsRateLimitException extends ElevenLabsException {

    private static final long serialVersionUID = 1L;

    /**
     * @see ElevenLabsException#ElevenLabsException(ElevenLabsOperation, String, int, String, Map, String)
     */
    public ElevenLabsRateLimitException(ElevenLabsOperation operation, String uri, int statusCode, String statusText,
                                        Map<String, String> responseHeaders, String responseBody) {
        this(operation, uri, statusCode, statusText, responseHeaders, responseBody, ErrorBody.parse(responseBody));
    }

    ElevenLabsRateLimitException(ElevenLabsOperation operation, String uri, int statusCode, String statusText,
                                 Map<String, String> responseHeaders, String responseBody, ErrorBody error) {
        super(operation, uri, statusCode, statusText, responseHeaders, responseBody, error);
    }
}
