package io.github.camelelevenlabs;


import java.io.IOException;

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
     * @param cause   the underlying failure; null when there is none (the call was never sent, or the component
     *                stopped)
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
}
