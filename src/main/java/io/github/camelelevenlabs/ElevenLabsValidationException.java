package io.github.camelelevenlabs;

import java.util.List;
import java.util.Map;

import io.github.camelelevenlabs.client.ErrorBody;

/**
 * ElevenLabs rejected the request as invalid (422 Validation Error). {@link #getErrors()} lists what it said, one
 * {@link ValidationError} per problem. Retrying the same request will not help.
 */
public class ElevenLabsValidationException extends ElevenLabsException {

    private static final long serialVersionUID = 1L;

    private final List<ValidationError> errors;

    /**
     * @see ElevenLabsException#ElevenLabsException(ElevenLabsOperation, String, int, String, Map, String)
     */
    public ElevenLabsValidationException(ElevenLabsOperation operation, String uri, int statusCode, String statusText,
                                         Map<String, String> responseHeaders, String responseBody) {
        this(operation, uri, statusCode, statusText, responseHeaders, responseBody, ErrorBody.parse(responseBody));
    }

    ElevenLabsValidationException(ElevenLabsOperation operation, String uri, int statusCode, String statusText,
                                  Map<String, String> responseHeaders, String responseBody, ErrorBody error) {
        super(operation, uri, statusCode, statusText, responseHeaders, responseBody, error);
        this.errors = error.validationErrors();
    }

    /**
     * @return the validation errors of the answer, in its order; empty (never null) when the body was not of the
     *         documented {@code {"detail":[{"loc","msg","type"}]}} shape
     */
    public List<ValidationError> getErrors() {
        return errors;
    }
}
