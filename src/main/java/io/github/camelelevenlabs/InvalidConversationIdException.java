package io.github.camelelevenlabs;

/**
 * The conversation id of a message cannot be sent: it is absent, blank, a dot segment ({@code .} or {@code ..}),
 * longer than 512 characters, or contains a control character or invalid Unicode. Nothing was sent to ElevenLabs.
 */
public class InvalidConversationIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message why the id was refused
     */
    public InvalidConversationIdException(String message) {
        super(message);
    }
}
