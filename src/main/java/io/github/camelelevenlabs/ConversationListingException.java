package io.github.camelelevenlabs;

import org.apache.camel.RuntimeCamelException;

/**
 * A page of a conversation list could not be fetched while the list was being iterated (by a split, say). The cause
 * is the typed failure ({@link ElevenLabsException} and its subclasses, {@link ElevenLabsTransportException}), so
 * {@code onException} for those types matches. Iterators cannot throw checked exceptions, hence this wrapper.
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
