package io.github.camelelevenlabs;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A complete HTTP answer from ElevenLabs. Its headers are looked up case-insensitively; the map of all of them, which
 * only failures need, is built on demand.
 */
final class ApiResponse {

    private final int status;
    private final String reason;
    private final String[] headerNames;
    private final String[] headerValues;
    private final byte[] body;
    private Map<String, String> headers;

    /**
     * @param status       the HTTP status code
     * @param reason       the reason phrase, may be null
     * @param headerNames  the headers' names, in the answer's order
     * @param headerValues the headers' values, in the same order
     * @param body         the body, empty when the answer had none
     */
    ApiResponse(int status, String reason, String[] headerNames, String[] headerValues, byte[] body) {
        this.status = status;
        this.reason = reason;
        this.headerNames = headerNames;
        this.headerValues = headerValues;
        this.body = body;
    }

    static ApiResponse of(int status, Map<String, String> headers, byte[] body) {
        return new ApiResponse(status, null, headers.keySet().toArray(new String[0]),
                headers.values().toArray(new String[0]), body);
    }

    int status() {
        return status;
    }

    String reason() {
        return reason;
    }

    byte[] body() {
        return body;
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** @return the header's value (repeated headers joined with ", "), or null */
    String header(String name) {
        String value = null;
        for (int i = 0; i < headerNames.length; i++) {
            if (headerNames[i].equalsIgnoreCase(name)) {
                value = value == null ? headerValues[i] : value + ", " + headerValues[i];
            }
        }
        return value;
    }

    /** @return all headers, looked up case-insensitively; repeated headers joined with ", " */
    synchronized Map<String, String> headers() {
        if (headers == null) {
            Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 0; i < headerNames.length; i++) {
                all.merge(headerNames[i], headerValues[i], (first, next) -> first + ", " + next);
            }
            headers = Collections.unmodifiableMap(all);
        }
        return headers;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
