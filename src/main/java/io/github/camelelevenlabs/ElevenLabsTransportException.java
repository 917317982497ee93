package io.github.camelelevenlabs;

import java.io.IOException;
import java.net.SocketTimeoutException;

/**
 * The call got no complete HTTP answer: the connection was refused or reset, the answer was malformed, the
 * {@code connectTimeout} or {@code requestTimeout} deadline passed (then ElevenLabs may or may not have acted on the
 * request), or the request was never sent: it waited longer than {@code concurrencyWaitTimeout} for its turn, or the
 * component stopped. The message says which. When there is an underlying I/O exception it is the cause (a
 * {@link java.net.SocketTimeoutException} for a deadline), so {@code onException(IOException.class)},
 * {@code onException(ConnectException.class)} and the like match.
 */
public class ElevenLabsTransportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean timeout;

    /**
     * @param message what failed, naming the operation and the host
     * @param cause   the underlying failure
     * @param timeout whether the requestTimeout deadline passed
     */
    public ElevenLabsTransportException(String message, Throwable cause, boolean timeout) {
        super(message, cause);
        this.timeout = timeout;
    }

    /**
     * @return true when the {@code requestTimeout} deadline passed before the answer was complete
     */
    public boolean isTimeout() {
        return timeout;
    }

    /** The wording of every transport failure, whichever client met it. {@code call} is the method and URL. */
    static ElevenLabsTransportException failed(String call, String what, Exception cause) {
        // an I/O message may quote what the server sent (a malformed header line): shown escaped and cut
        String reason = cause == null ? "" : ": " + (cause.getMessage() != null ? ServerText.shown(cause.getMessage())
                : cause.getClass().getSimpleName());
        return new ElevenLabsTransportException(call + " " + what + reason, cause, false);
    }

    static ElevenLabsTransportException requestTimedOut(String call, long requestTimeout) {
        String message = "requestTimeout of " + requestTimeout + " ms passed";
        return new ElevenLabsTransportException(call + " got no complete answer in time: " + message,
                new SocketTimeoutException(message), true);
    }

    static ElevenLabsTransportException connectTimedOut(String call, long connectTimeout) {
        String message = "connectTimeout of " + connectTimeout + " ms passed";
        return new ElevenLabsTransportException(call + " could not connect: " + message,
                new SocketTimeoutException(message), false);
    }

    /**
     * A wait before the request was sent ran out: for a place under the plan's concurrency, or for a free connection.
     * Nothing was sent.
     */
    static ElevenLabsTransportException notSentInTime(String call, long waited, String forWhat) {
        return new ElevenLabsTransportException(call + " waited " + waited + " ms for " + forWhat
                                                + " (concurrencyWaitTimeout) and was not sent", null, false);
    }

    static ElevenLabsTransportException stopping(String call) {
        return new ElevenLabsTransportException(call + " was abandoned: the ElevenLabs component is stopping", null,
                false);
    }
}
