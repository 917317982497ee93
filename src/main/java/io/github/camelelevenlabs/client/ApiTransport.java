package io.github.camelelevenlabs.client;

import java.util.concurrent.CompletableFuture;

import io.github.camelelevenlabs.ElevenLabsTransportException;

/**
 * Sends one request to ElevenLabs and collects its complete answer: exactly one request goes out per call, and the
 * future completes exactly once, with the answer (whatever its status) or an {@link ElevenLabsTransportException};
 * {@code send} itself never throws.
 */
public interface ApiTransport {

    /**
     * @param method         the HTTP method
     * @param target         where the request goes, its path already encoded
     * @param apiKey         sent as {@code xi-api-key}
     * @param timeouts       how long the request may wait for a connection, connect, and exchange (body included)
     * @param kind           what the body is, which decides how it is kept
     */
    CompletableFuture<ApiResponse> send(String method, RequestTarget target, ApiKey apiKey, CallTimeouts timeouts,
                                        AnswerKind kind);

    /**
     * @return true when {@link #send} does the whole call on the calling thread and returns it completed; the caller
     *         then also waits for its turn and its retries on that thread
     */
    boolean isBlocking();
}
