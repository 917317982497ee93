package io.github.camelelevenlabs;

import org.apache.camel.RuntimeCamelException;

/**
 * A conversation list could not be read to its end: a page could not be fetched while the list was being iterated (by
 * a split, say), and then the cause is the typed failure ({@link ElevenLabsException} and its subclasses,
 * {@link ElevenLabsTransportException}), so {@code onException} for those types matches; or ElevenLabs answered
 * something that is not a page that can be followed (not a page of conversations, a cursor that cannot be sent or
 * leads round in a circle, more pages claimed without a cursor, endless empty pages), and then there is no cause.
 * Iterators cannot throw checked exceptions, hence a runtime exception.
 */
public class ConversationListingException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which page failed
     * @param cause   the typed failure
     */
    public ConversationListingException(String message, Throwable cause) {
        super(message, cause);
    }
}
