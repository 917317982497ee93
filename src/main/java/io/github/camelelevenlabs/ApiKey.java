package io.github.camelelevenlabs;

import java.util.function.UnaryOperator;

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
