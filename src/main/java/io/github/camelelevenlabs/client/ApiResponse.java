package io.github.camelelevenlabs.client;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.config.Http1Config;

/**
 * A complete HTTP answer from ElevenLabs. Its headers are looked up case-insensitively; the map of all of them, which
 * only failures need, is built on demand.
 */
public final class ApiResponse {

    /** The longest line of an answer's head (its status line, or one header) that is read, in characters. */
    static final int MAX_HEAD_LINE = 8 * 1024;
    /** The most headers of an answer that are read. */
    static final int MAX_HEADERS = 100;
    /**
     * What both transports accept of an answer's head: a server (or whatever answers in its place) cannot make the
     * client hold megabytes of headers; an answer over these limits fails the call as a broken answer.
     */
    static final Http1Config HEAD_LIMITS = Http1Config.custom().setMaxLineLength(MAX_HEAD_LINE)
            .setMaxHeaderCount(MAX_HEADERS).build();

    private final int status;
    private final String reason;
    private final String[] headerNames;
    private final String[] headerValues;
    private final byte[] body;
    private Map<String, String> headers;

    /** @return the answer as both transports hand it over; {@code body} may be null for none */
    static ApiResponse of(HttpResponse head, byte[] body) {
        Header[] all = head.getHeaders();
        String[] names = new String[all.length];
        String[] values = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            names[i] = all[i].getName();
            values[i] = all[i].getValue();
        }
        return new ApiResponse(head.getCode(), head.getReasonPhrase(), names, values, body == null ? new byte[0] : body);
    }

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

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public byte[] body() {
        return body;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** @return the header's value (repeated headers joined with ", "), or null */
    public String header(String name) {
        String value = null;
        for (int i = 0; i < headerNames.length; i++) {
            if (headerNames[i].equalsIgnoreCase(name)) {
                value = value == null ? headerValues[i] : value + ", " + headerValues[i];
            }
        }
        return value;
    }

    /** @return all headers, looked up case-insensitively; repeated headers joined with ", " */
    public synchronized Map<String, String> headers() {
        if (headers == null) {
            Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 0; i < headerNames.length; i++) {
                all.merge(headerNames[i], headerValues[i], (first, next) -> first + ", " + next);
            }
            headers = Collections.unmodifiableMap(all);
        }
        return headers;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
