package io.github.camelelevenlabs.client;

import io.github.camelelevenlabs.ElevenLabsException;

/**
 * Text that ElevenLabs, or whatever answers in its place, sent, made safe to show in an exception message or a log
 * line: control characters, line separators, invisible format characters (bidi overrides) and unpaired surrogates are
 * escaped ({@code \n}, {@code \u2028}), so that an answer cannot forge log lines, and each piece is cut to
 * {@value #MAX_LENGTH} characters before escaping, so that a huge answer cannot become a
 * huge message (or a Kafka header over the broker's limit). The whole answer stays available as it came, in
 * {@link ElevenLabsException#getResponseBody()}.
 */
public final class ServerText {

    /** The most characters of one piece of server text that a message shows. */
    static final int MAX_LENGTH = 1024;

    private ServerText() {
    }

    /** @return the text, escaped and cut; null for null */
    public static String shown(String text) {
        if (text == null) {
            return null;
        }
        int shown = Math.min(text.length(), MAX_LENGTH);
        if (shown < text.length() && Character.isHighSurrogate(text.charAt(shown - 1))) {
            // never half a pair
            shown--;
        }
        StringBuilder safe = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        || Character.getType(c) == Character.FORMAT || Character.isSurrogate(c)
                           && !isPaired(text, i)) {
                        safe.append(String.format("\\u%04X", (int) c));
                    } else {
                        safe.append(c);
                    }
                }
            }
        }
        if (text.length() > shown) {
            safe.append("... (").append(text.length() - shown).append(" more characters)");
        }
        return safe.toString();
    }

    private static boolean isPaired(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
