package io.github.camelelevenlabs.client;

import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import io.github.camelelevenlabs.ElevenLabsTransportException;

/**
 * The wording of every {@link ElevenLabsTransportException}, whichever transport met the failure, so that a route
 * sees the same message for the same failure on both. {@code call} is always the method and URL.
 */
public final class TransportFailures {

    private TransportFailures() {
    }

    /** A failure the transport met, with its cause when there is one. */
    public static ElevenLabsTransportException failed(String call, String what, Exception cause) {
        // an I/O message may quote what the server sent (a malformed header line): shown escaped and cut
        String reason = cause == null ? "" : ": " + (cause instanceof UnknownHostException ? "unknown host " : "")
                                             + (cause.getMessage() != null ? ServerText.shown(cause.getMessage())
                                                     : cause.getClass().getSimpleName());
        return new ElevenLabsTransportException(call + " " + what + reason, cause, false);
    }

    public static ElevenLabsTransportException requestTimedOut(String call, long requestTimeout) {
        String message = "requestTimeout of " + requestTimeout + " ms passed";
        return new ElevenLabsTransportException(call + " got no complete answer in time: " + message,
                new SocketTimeoutException(message), true);
    }

    public static ElevenLabsTransportException connectTimedOut(String call, long connectTimeout) {
        String message = "connectTimeout of " + connectTimeout + " ms passed";
        return new ElevenLabsTransportException(call + " could not connect: " + message,
                new SocketTimeoutException(message), false);
    }

    /**
     * A wait before the request was sent ran out: for a place under the plan's concurrency, or for a free connection.
     * Nothing was sent.
     */
    public static ElevenLabsTransportException notSentInTime(String call, long waited, String forWhat) {
        return new ElevenLabsTransportException(call + " waited " + waited + " ms for " + forWhat
                                                + " (concurrencyWaitTimeout) and was not sent", null, false);
    }

    /** A wait for a free connection of the pool ran out; nothing was sent. */
    static ElevenLabsTransportException noFreeConnectionInTime(String call, long waited, int maxConnectionsPerHost) {
        return notSentInTime(call, waited, "a free connection (maxConnectionsPerHost=" + maxConnectionsPerHost + ")");
    }

    public static ElevenLabsTransportException stopping(String call) {
        return new ElevenLabsTransportException(call + " was abandoned: the ElevenLabs component is stopping", null,
                false);
    }
}
