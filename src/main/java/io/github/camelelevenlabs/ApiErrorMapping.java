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
        if (status == 422) {
            return new ElevenLabsValidationException(operation, uri, status, statusText, headers, body, error);
        }
        if (status == 401 || status == 403) {
            return new ElevenLabsAuthenticationException(operation, uri, status, statusText, headers, body, error);
        }
        if (status == 404) {
            return new ElevenLabsNotFoundException(operation, uri, status, statusText, headers, body, error);
        }
        if (status == 429) {
            return new ElevenLabsRateLimitException(operation, uri, status, statusText, headers, body, error);
        }
        if (status >= 500 && status <= 599) {
            return new ElevenLabsServerException(operation, uri, status, statusText, headers, body, error);
        }
        return new ElevenLabsException(operation, uri, status, statusText, headers, body, error);
    }
}
