package io.github.camelelevenlabs;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.github.camelelevenlabs.client.ErrorBody;
import io.github.camelelevenlabs.client.RetryAfter;

/**
 * ElevenLabs refused the call because the account is over its rate or concurrency limit (429), for example
 * {@code concurrent_limit_exceeded}. Retry later: {@link #getRetryAfter()} says when, if the server said.
 */
public class ElevenLabsRateLimitException extends ElevenLabsException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

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
        this.retryAfter = RetryAfter.asked(name -> header(getResponseHeaders(), name), Clock.systemUTC())
                .orElse(null);
    }

    /**
     * @return how long the server asked to wait before the next call: its {@code Retry-After} header (seconds or an
     *         HTTP date), else its {@code X-RateLimit-Reset} (a Unix time or seconds), at most 24 hours; empty when it
     *         did not say in a form HTTP allows
     */
    public Optional<Duration> getRetryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
