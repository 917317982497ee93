package io.github.camelelevenlabs.client;

/**
 * What an answer's body is expected to be, which decides what the request accepts and how the body is kept while it is
 * read.
 */
public enum AnswerKind {

    /** JSON: kept in memory, and refused beyond {@link AnswerBody#MAX_JSON_BYTES}, as no JSON answer comes near it. */
    JSON("application/json"),

    /**
     * A recording: kept in memory up to {@link AnswerBody#SPILL_BYTES}, beyond that in a temporary file, whatever its
     * size; its size and SHA-256 are counted as it arrives. An error answer is still JSON, so JSON is accepted too.
     */
    AUDIO("audio/*, application/json;q=0.5");

    private final String accept;

    AnswerKind(String accept) {
        this.accept = accept;
    }

    /** @return the request's Accept header */
    String accept() {
        return accept;
    }
}
