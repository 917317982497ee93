package io.github.camelelevenlabs.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * The API key a producer sends, resolved once at start. It is kept out of every string the component produces:
 * {@link #toString()} hides it and no message ever quotes it.
 */
public final class ApiKey {

    /** The environment variable the official SDKs read too. */
    static final String ENVIRONMENT_VARIABLE = "ELEVENLABS_API_KEY";

    private static final String HOW_TO_SET = "Set the apiKey option on the endpoint (for example"
                                             + " apiKey=RAW({{elevenlabs.api-key}})), the apiKey option of the"
                                             + " elevenlabs component (camel.component.elevenlabs.api-key), or the "
                                             + ENVIRONMENT_VARIABLE + " environment variable.";

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /**
     * Resolves the key: the endpoint's wins, else the component's, else the environment variable. Empty or blank
     * values count as not set.
     *
     * @throws IllegalArgumentException when no key is set, or the key cannot be sent in an HTTP header
     */
    public static ApiKey resolve(String endpointKey, String componentKey, UnaryOperator<String> environment) {
        if (isSet(endpointKey)) {
            return checked(endpointKey, "the endpoint's apiKey option");
        }
        if (isSet(componentKey)) {
            return checked(componentKey, "the elevenlabs component's apiKey option");
        }
        String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
        if (isSet(fromEnvironment)) {
            return checked(fromEnvironment, "the " + ENVIRONMENT_VARIABLE + " environment variable");
        }
        throw new IllegalArgumentException("No ElevenLabs API key is set. " + HOW_TO_SET);
    }

    private static boolean isSet(String key) {
        return key != null && !key.isBlank();
    }

    private static ApiKey checked(String key, String source) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new IllegalArgumentException(
                        "The ElevenLabs API key from " + source + " contains a control character at index " + i
                                                   + " (often a trailing newline from a file or secret store)."
                                                   + " Remove it; the key is not shown here.");
            }
            if (c > 0x7E) {
                throw new IllegalArgumentException(
                        "The ElevenLabs API key from " + source + " contains a non-ASCII character at index " + i
                                                   + ", which cannot be sent in an HTTP header. Check that the"
                                                   + " whole key was copied; it is not shown here.");
            }
        }
        return new ApiKey(key);
    }

    /**
     * Replaces an endpoint URI's {@code apiKey} value by a fingerprint such as {@code hidden-1a2b3c4d}. Camel copies an
     * endpoint's URI into exchange properties ({@code CamelToEndpoint}, {@code CamelFailureEndpoint}) that dead letter
     * routes commonly log, and masks nothing there. The fingerprint keeps endpoints with different keys apart without
     * revealing anything usable of the key.
     */
    public static String hiddenIn(String endpointUri, String key) {
        int query = endpointUri.indexOf('?');
        if (query < 0 || key == null) {
            return endpointUri;
        }
        // only the apiKey pairs are rewritten, as text: the other pairs stay exactly as Camel encoded them
        StringBuilder uri = new StringBuilder(endpointUri.length()).append(endpointUri, 0, query + 1);
        int pair = query + 1;
        while (pair < endpointUri.length()) {
            int equals = endpointUri.indexOf('=', pair);
            int end = pairEnd(endpointUri, pair, equals);
            if (equals > 0 && equals < end && endpointUri.substring(pair, equals).equalsIgnoreCase("apiKey")) {
                uri.append(endpointUri, pair, equals + 1).append(fingerprint(key));
            } else {
                uri.append(endpointUri, pair, end);
            }
            if (end < endpointUri.length()) {
                uri.append('&');
            }
            pair = end + 1;
        }
        return uri.toString();
    }

    /** @return the index of the '&' that ends the pair starting at {@code start}, or the URI's length */
    private static int pairEnd(String uri, int start, int equals) {
        int next = uri.indexOf('&', start);
        if (equals < 0 || next >= 0 && next < equals) {
            return next < 0 ? uri.length() : next;
        }
        // a RAW(...) or RAW{...} value may contain '&': it ends at the closing bracket before a '&' or the end
        for (String[] raw : new String[][] { { "RAW(", ")" }, { "RAW{", "}" } }) {
            if (uri.startsWith(raw[0], equals + 1)) {
                int close = uri.indexOf(raw[1] + "&", equals + 1);
                return close < 0 ? uri.length() : close + 1;
            }
        }
        return next < 0 ? uri.length() : next;
    }

    public static String fingerprint(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "hidden-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /**
     * @return the key itself, for the {@code xi-api-key} header and nothing else
     */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return "ApiKey[hidden]";
    }
}
