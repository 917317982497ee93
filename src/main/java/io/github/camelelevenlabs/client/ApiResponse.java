package io.github.camelelevenlabs.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final Path bodyFile;
    private final long bodySize;
    private final String bodySha256;
    private Map<String, String> headers;

    /** @return the answer as both transports hand it over; {@code body} may be null for none */
    static ApiResponse of(HttpResponse head, AnswerBody.Received body) {
        return body == null ? of(head, (byte[]) null)
                : new ApiResponse(head, body.bytes(), body.file(), body.size(), body.sha256());
    }

    /** @return the answer as both transports hand it over; {@code body} may be null for none */
    static ApiResponse of(HttpResponse head, byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        return new ApiResponse(head, bytes, null, bytes.length, null);
    }

    private ApiResponse(HttpResponse head, byte[] body, Path bodyFile, long bodySize, String bodySha256) {
        Header[] all = head.getHeaders();
        this.status = head.getCode();
        this.reason = head.getReasonPhrase();
        this.headerNames = new String[all.length];
        this.headerValues = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            headerNames[i] = all[i].getName();
            headerValues[i] = all[i].getValue();
        }
        this.body = body;
        this.bodyFile = bodyFile;
        this.bodySize = bodySize;
        this.bodySha256 = bodySha256;
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
        this.bodyFile = null;
        this.bodySize = body.length;
        this.bodySha256 = null;
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

    /** @return the body when it is held in memory; empty when it is in {@link #bodyFile()} */
    public byte[] body() {
        return body;
    }

    /**
     * @return the temporary file holding a recording too long to keep in memory, or null; whoever takes the answer
     *         deletes it ({@link #discardBody()})
     */
    public Path bodyFile() {
        return bodyFile;
    }

    /** @return the body's length in bytes, wherever it is held */
    public long bodySize() {
        return bodySize;
    }

    /** @return the body's SHA-256 in lower-case hex, counted as it arrived, for a recording; else null */
    public String bodySha256() {
        return bodySha256;
    }

    /** Deletes the body's temporary file, if it has one: for an answer that is not handed on. */
    public void discardBody() {
        if (bodyFile != null) {
            AnswerBody.deleteQuietly(bodyFile);
        }
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

    /** @return the body as UTF-8 text; of a body in a file, only its first {@link AnswerBody#SPILL_BYTES} */
    public String bodyText() {
        if (bodyFile == null) {
            return new String(body, StandardCharsets.UTF_8);
        }
        try (InputStream in = Files.newInputStream(bodyFile)) {
            return new String(in.readNBytes(AnswerBody.SPILL_BYTES), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }
}
