package io.github.camelelevenlabs.examples;

/**
 * A conversation's archive could not be written whole, or read back as written: the conversation is not deleted, and
 * the audit says why. A later run archives it again and then deletes it.
 */
public class IncompleteArchiveException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** @param why what is missing or differs, and where */
    public IncompleteArchiveException(String why) {
        super(why);
    }
}
