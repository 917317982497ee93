package io.github.camelelevenlabs;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A complete HTTP answer from ElevenLabs.
 *
 * @param status  the HTTP status code
 * @param reason  the reason phrase, may be null
 * @param headers the answer's headers, looked up case-insensitively; repeated headers joined with ", "
 * @param body    the answer's body, empty when it had none
 */
record ApiResponse(int status, String reason, Map<String, String> headers, byte[] body) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    String header(String name) {
        return headers.get(name);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
