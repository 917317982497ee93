package io.github.camelelevenlabs;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.camel.util.URISupport;

/**
 * The API key a producer sends, resolved once at start. It is kept out of every string the component produces:
 * {@link #toString()} hides it and no message ever quotes it.
 */
final class ApiKey {

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
    static ApiKey resolve(String endpointKey, String componentKey, UnaryOperator<String> environment) {
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
    static String hiddenIn(String endpointUri, String key) {
        int query = endpointUri.indexOf('?');
        if (query < 0 || key == null) {
            return endpointUri;
        }
        try {
            Map<String, Object> parameters = URISupport.parseQuery(endpointUri.substring(query + 1), true);
            if (!parameters.containsKey("apiKey")) {
                return endpointUri;
            }
            parameters.put("apiKey", fingerprint(key));
            return endpointUri.substring(0, query + 1) + URISupport.createQueryString(parameters);
        } catch (URISyntaxException e) {
            // Camel parsed this URI already to create the endpoint; should it not parse again, show no query at all
            return endpointUri.substring(0, query);
        }
    }

    static String fingerprint(String key) {
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
    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "ApiKey[hidden]";
    }
}
