package io.github.camelelevenlabs;

/**
 * An {@code operation=list} that would list wider than asked: it has no filter at all on an endpoint without
 * {@code unfiltered=true}, or a filter header is present with no usable value (null, empty, blank, a control
 * character, the wrong type, an outcome other than success, failure or unknown, a Unix time that is not a whole
 * number of seconds). The message says which header or option and why. Nothing was sent to ElevenLabs.
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
