package io.github.camelelevenlabs;

/**
 * An {@code operation=list} that would list other than asked: it has no filter that narrows it on an endpoint without
 * {@code unfiltered=true}, or a filter's header or option has a value that cannot be sent as asked (null, empty,
 * blank, a control character, the wrong type, out of range, not one of the documented values, a list with an empty
 * value or too many, a condition not of its form). The message says which header or option and why. Nothing was sent
 * to ElevenLabs.
 * <p>
 * A listing often feeds deletes: dropping a filter that came without a value would turn an erasure of one user into
 * an erasure of the whole account, so such a filter is refused rather than ignored.
 */
public class InvalidListFilterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which filter was refused and why, or that there was none
     */
    public InvalidListFilterException(String message) {
        super(message);
    }
}
