package io.github.camelelevenlabs;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one request to ElevenLabs and collects its complete answer: exactly one request goes out per call, and the
 * future completes exactly once, with the answer (whatever its status) or an {@link ElevenLabsTransportException};
 * {@code send} itself never throws.
 */
interface ApiTransport {

    /**
     * @param method         the HTTP method
     * @param target         where the request goes, its path already encoded
     * @param apiKey         sent as {@code xi-api-key}
     * @param connectTimeout how long establishing a connection may take, in milliseconds
     * @param requestTimeout the overall deadline of the call, body included, in milliseconds
     */
    CompletableFuture<ApiResponse> send(
            String method, RequestTarget target, ApiKey apiKey, long connectTimeout, long requestTimeout);

    /**
     * @return true when {@link #send} does the whole call on the calling thread and returns it completed; the caller
     *         then also waits for its turn and its retries on that thread
     */
    boolean isBlocking();
}
