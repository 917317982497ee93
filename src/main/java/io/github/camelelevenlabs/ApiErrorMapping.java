package io.github.camelelevenlabs;

import java.util.Map;

import io.github.camelelevenlabs.client.ErrorBody;

/**
 * Turns an ElevenLabs answer other than 2xx into the exception type a route catches: the one place that decides which
 * status becomes which exception.
 */
final class ApiErrorMapping {

    private ApiErrorMapping() {
    }

    static ElevenLabsException toException(ElevenLabsOperation operation, String uri, int status, String statusText,
                                           Map<String, String> headers, String body) {
        ErrorBody error = ErrorBody.parse(body);
        return switch (status) {
            case 422 -> new ElevenLabsValidationException(operation, uri, status, statusText, headers, body, error);
            case 401, 403 -> new ElevenLabsAuthenticationException(operation, uri, status, statusText, headers, body,
                    error);
            case 404 -> new ElevenLabsNotFoundException(operation, uri, status, statusText, headers, body, error);
            case 429 -> new ElevenLabsRateLimitException(operation, uri, status, statusText, headers, body, error);
            default -> status >= 500 && status <= 599
                    ? new ElevenLabsServerException(operation, uri, status, statusText, headers, body, error)
                    : new ElevenLabsException(operation, uri, status, statusText, headers, body, error);
        };
    }
}
