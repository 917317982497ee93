package io.github.camelelevenlabs;

import org.apache.hc.core5.net.PercentCodec;
import io.github.camelelevenlabs.client.ServerText;

/**
 * A conversation id that is safe to put in a request path: every rule about which ids are accepted, and how they are
 * encoded, lives here.
 * <p>
 * The official SDKs encode ids with {@code encodeURIComponent} and so send {@code DELETE /v1/convai/} for the id
 * {@code ..}: a dot segment is removed by every URL normaliser on the way. Such ids, and ids no real conversation can
 * have, are refused before anything is sent.
 */
final class ConversationId {

    /** Longer ids are refused: real ones are about 32 characters, and a path must stay well below server limits. */
    static final int MAX_LENGTH = 512;

    private final String value;

    private ConversationId(String value) {
        this.value = value;
    }

    /**
     * @param  raw                            the id as the route gave it, may be null
     * @return                                the id, checked
     * @throws InvalidConversationIdException when no conversation can have this id
     */
    static ConversationId of(String raw) {
        return of(raw, null);
    }

    /**
     * @param  raw                            the id as the route gave it, may be null
     * @param  source                         where it came from, such as "the conversationId option", for messages
     * @return                                the id, checked
     * @throws InvalidConversationIdException when no conversation can have this id
     */
    static ConversationId of(String raw, String source) {
        if (raw == null) {
            throw new InvalidConversationIdException(
                    "No conversation id: set the " + ElevenLabsConstants.CONVERSATION_ID
                                                     + " header or the conversationId option");
        }
        if (raw.isEmpty() || raw.isBlank()) {
            throw new InvalidConversationIdException("The conversation id" + (source == null ? "" : " (" + source + ")")
                                                     + " is " + (raw.isEmpty() ? "empty" : "blank")
                                                     + ": set it to one conversation id");
        }
        if (raw.equals(".") || raw.equals("..")) {
            throw new InvalidConversationIdException(
                    "The conversation id '" + raw + "' is a dot segment, which URL normalisation would remove from"
                                                     + " the path");
        }
        int length = raw.codePointCount(0, raw.length());
        if (length > MAX_LENGTH) {
            throw new InvalidConversationIdException(
                    "The conversation id is " + length + " characters long; at most " + MAX_LENGTH + " are accepted");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidConversationIdException(
                        "The conversation id contains the control character U+" + String.format("%04X", (int) c)
                                                         + " at index " + i
                                                         + " (a trailing newline from a file or a line-based source?)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidConversationIdException(
                        "The conversation id contains an unpaired surrogate at index " + i + ": it is not valid Unicode");
            }
        }
        return new ConversationId(raw);
    }

    /**
     * @return the id exactly as given
     */
    String value() {
        return value;
    }

    /**
     * Encodes the id as exactly one RFC 3986 path segment: every UTF-8 byte but the unreserved characters is
     * percent-encoded, so {@code /}, {@code ?}, {@code #} and {@code %} reach the server as part of the id.
     */
    String pathSegment() {
        return PercentCodec.RFC3986.encode(value);
    }

    /** @return the id as log lines show it: escaped ({@link ServerText}), computed only when a line is written */
    @Override
    public String toString() {
        return ServerText.shown(value);
    }
}
