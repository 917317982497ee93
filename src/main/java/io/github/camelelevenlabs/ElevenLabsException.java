package io.github.camelelevenlabs;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.github.camelelevenlabs.client.ErrorBody;
import io.github.camelelevenlabs.client.RetryAfter;
import io.github.camelelevenlabs.client.RetryPolicy;
import io.github.camelelevenlabs.client.ServerText;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * ElevenLabs answered with a status other than 2xx. The base of the component's HTTP failures; it extends Camel's
 * {@link HttpOperationFailedException}, so routes that already handle HTTP failures handle these. Subclasses name
 * the common cases: {@link ElevenLabsValidationException} (422), {@link ElevenLabsAuthenticationException} (401,
 * 403), {@link ElevenLabsNotFoundException} (404), {@link ElevenLabsRateLimitException} (429) and
 * {@link ElevenLabsServerException} (5xx); any other status is an {@code ElevenLabsException} itself.
 * <p>
 * The message names the operation, the status, ElevenLabs' own message and code, and the request id, each with its
 * control characters escaped and cut to 1,024 characters, so that an answer can neither forge log lines nor make a
 * message of megabytes; the answer as it came is in {@link #getResponseBody()} (at most 4 MiB) and the getters. The
 * message never contains the API key, which is not part of any answer.
 */
public class ElevenLabsException extends HttpOperationFailedException {

    private static final long serialVersionUID = 1L;

    private final ElevenLabsOperation operation;
    private final String errorMessage;
    private final String errorCode;
    private final String errorType;
    private final String requestId;
    private final Duration retryAfter;
    private final String message;

    /**
     * @param operation       what the endpoint was doing
     * @param uri             the URL that was called
     * @param statusCode      the HTTP status of the answer
     * @param statusText      the reason phrase of the answer, may be null
     * @param responseHeaders the answer's headers
     * @param responseBody    the answer's body as text, may be null
     */
    public ElevenLabsException(ElevenLabsOperation operation, String uri, int statusCode, String statusText,
                               Map<String, String> responseHeaders, String responseBody) {
        this(operation, uri, statusCode, statusText, responseHeaders, responseBody, ErrorBody.parse(responseBody));
    }

    ElevenLabsException(ElevenLabsOperation operation, String uri, int statusCode, String statusText,
                        Map<String, String> responseHeaders, String responseBody, ErrorBody error) {
        super(uri, statusCode, statusText, null, responseHeaders == null ? Map.of() : responseHeaders,
              responseBody);
        this.operation = operation;
        this.errorMessage = error.message();
        this.errorCode = error.code();
        this.errorType = error.type();
        String headerRequestId = header(getResponseHeaders(), "request-id");
        this.requestId = headerRequestId != null ? headerRequestId : error.requestId();
        this.retryAfter = RetryAfter.asked(name -> header(getResponseHeaders(), name), Clock.systemUTC())
                .orElse(null);
        this.message = describe();
    }

    /** The message, from what the server sent: every piece of it escaped and cut ({@link ServerText}). */
    private String describe() {
        StringBuilder text = new StringBuilder("ElevenLabs ").append(operation).append(" failed with HTTP ")
                .append(getStatusCode());
        if (getStatusText() != null && !getStatusText().isBlank()) {
            text.append(' ').append(ServerText.shown(getStatusText()));
        }
        text.append(" from ").append(getUri());
        if (errorMessage != null) {
            text.append(": ").append(ServerText.shown(errorMessage));
        }
        if (errorCode != null || requestId != null) {
            text.append(" (");
            if (errorCode != null) {
                text.append("code ").append(ServerText.shown(errorCode));
            }
            if (requestId != null) {
                text.append(errorCode != null ? ", " : "").append("request-id ").append(ServerText.shown(requestId));
            }
            text.append(')');
        }
        return text.toString();
    }

    static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    @Override
    public String getMessage() {
        return message;
    }

    /**
     * @return what the endpoint was doing when ElevenLabs refused
     */
    public ElevenLabsOperation getOperation() {
        return operation;
    }

    /**
     * @return ElevenLabs' own message, or null when the answer had none
     */
    public String getErrorMessage() {
        return errorMessage;
    }

    /**
     * @return ElevenLabs' machine-readable code ({@code detail.code}, else {@code detail.status}), such as
     *         {@code invalid_api_key} or {@code document_not_found}; null when the answer had none
     */
    public String getErrorCode() {
        return errorCode;
    }

    /**
     * @return ElevenLabs' error type ({@code detail.type}), such as {@code authentication_error}; may be null
     */
    public String getErrorType() {
        return errorType;
    }

    /**
     * @return the request id of the call (the {@code request-id} header, else {@code detail.request_id}); may be null
     */
    public String getRequestId() {
        return requestId;
    }

    /**
     * @return how long the server asked to wait before the next call, with a 429 or any other answer (a 503 may say
     *         too): its {@code Retry-After} header (seconds or an HTTP date), else its {@code X-RateLimit-Reset} (a
     *         Unix time or seconds), at most 24 hours; empty when it did not say in a form HTTP allows
     */
    public Optional<Duration> getRetryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * @return true for a status the component retries (408, 409, 429, 5xx): this failure outlasted
     *         {@code maxRetries}, and the same request may succeed later; false when repeating it cannot help
     */
    public boolean isRetryable() {
        return RetryPolicy.isRetryable(getStatusCode());
    }
}
