package io.github.camelelevenlabs.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import io.github.camelelevenlabs.ElevenLabsTransportException;
import org.apache.camel.Service;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.DefaultHttpResponseParser;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.http.protocol.HttpProcessor;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolEntry;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.pool.StrictConnPool;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Makes the HTTP calls of {@code synchronous=true} endpoints on the calling thread, over blocking HttpCore 5
 * connections pooled per host.
 * <p>
 * A synchronous route waits for its answer anyway; reading it on the waiting thread saves the two thread crossings of
 * the non-blocking client (to an I/O thread and back), which are most of what a call costs on a fast network. The
 * rest is the same as {@link NonBlockingTransport}, and shared with it: the same request, the same answer, the same
 * body limit and host name check, the same deadlines (checked by the same periodic tick, which closes the connection
 * of a call whose deadline passed, the only way to end a blocked read) and the same failures.
 */
public final class BlockingTransport implements ApiTransport, Service {

    /**
     * A pooled connection idle for longer is checked before it is reused: the server may have closed it, and a request
     * sent on a closed connection fails although ElevenLabs never saw it. The check costs up to a millisecond.
     */
    public static final long CHECK_AFTER_IDLE_MILLIS = 1_000;

    private final StrictConnPool<HttpHost, Connection> pool;
    private final HttpRequestExecutor executor = new HttpRequestExecutor();
    private final HttpProcessor processor = RequestTarget.requestProcessor();
    private final SSLSocketFactory tls;
    private final AttemptsInFlight<Attempt> inFlight;
    private final int maxConnectionsPerHost;
    private volatile boolean stopped;

    /**
     * @param timers                checks deadlines; it must never run route code, which could block it
     * @param maxConnectionsPerHost the size of the connection pool for one host
     * @param tlsContext            what TLS connections trust and present
     */
    public BlockingTransport(ScheduledExecutorService timers, int maxConnectionsPerHost, SSLContext tlsContext) {
        this.inFlight = new AttemptsInFlight<>(timers);
        this.maxConnectionsPerHost = maxConnectionsPerHost;
        this.pool = new StrictConnPool<>(maxConnectionsPerHost, maxConnectionsPerHost * 4, TimeValue.NEG_ONE_MILLISECOND,
                PoolReusePolicy.LIFO, null);
        this.tls = tlsContext.getSocketFactory();
    }

    @Override
    public void start() {
        inFlight.start();
    }

    /** Stops the client. Calls still in flight fail with an {@link ElevenLabsTransportException}; none is left hanging. */
    @Override
    public void stop() {
        stopped = true;
        for (Attempt attempt : inFlight.stop()) {
            attempt.end(TransportFailures.stopping(attempt.describe()), false);
        }
        pool.close(CloseMode.IMMEDIATE);
    }

    /** @return how many attempts wait for a free connection of the pool */
    public int waitingForConnection() {
        return pool.getTotalStats().getPending();
    }

    @Override
    public boolean isBlocking() {
        return true;
    }

    @Override
    public CompletableFuture<ApiResponse> send(String method, RequestTarget target, ApiKey apiKey,
                                               CallTimeouts timeouts, AnswerKind kind) {
        Attempt attempt = new Attempt(method, target, timeouts, kind);
        inFlight.add(attempt);
        try {
            if (stopped) {
                // stop() may have looked at the attempts in flight before this one was added
                throw TransportFailures.stopping(attempt.describe());
            }
            return CompletableFuture.completedFuture(attempt.execute(apiKey));
        } catch (ElevenLabsTransportException e) {
            return CompletableFuture.failedFuture(e);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(TransportFailures.failed(attempt.describe(), "failed", e));
        } finally {
            inFlight.remove(attempt);
        }
    }

    /** Where an attempt is, while it is not ended. */
    private enum Phase {
        /** waiting for a free connection of the pool, timed by its own deadline */
        WAITING,
        /** connecting, or checking a pooled connection */
        CONNECTING,
        /** sending the request and reading the answer */
        EXCHANGING,
        /** the answer is complete: no deadline can end the attempt any more */
        DONE
    }

    /**
     * One request and its answer, on the calling thread. Its deadlines and a stop end it from another thread by closing
     * what it is blocked on; the calling thread and the ender agree on the outcome through one atomic state.
     */
    private final class Attempt implements AttemptsInFlight.Attempt {

        private final String method;
        private final RequestTarget target;
        private final CallTimeouts timeouts;
        private final AnswerKind kind;
        /** Set when the attempt has its pooled place, before it leaves {@link Phase#WAITING}. */
        private long connectDeadline;
        private long requestDeadline;
        /** A {@link Phase}, or the {@link ElevenLabsTransportException} the attempt was ended with. */
        private final AtomicReference<Object> state = new AtomicReference<>(Phase.WAITING);
        /** Closes what the attempt is blocked on: the plain socket, also under TLS. */
        private volatile Runnable closeBlocked = () -> { };
        private volatile Future<PoolEntry<HttpHost, Connection>> pendingLease;

        Attempt(String method, RequestTarget target, CallTimeouts timeouts, AnswerKind kind) {
            this.method = method;
            this.target = target;
            this.timeouts = timeouts;
            this.kind = kind;
        }

        String describe() {
            return method + " " + target;
        }

        ApiResponse execute(ApiKey apiKey) throws ElevenLabsTransportException {
            PoolEntry<HttpHost, Connection> entry = lease();
            boolean reusable = false;
            try {
                Connection connection = connection(entry);
                BasicClassicHttpRequest request = target.request(method, apiKey, kind);
                HttpCoreContext context = HttpCoreContext.create();
                executor.preProcess(request, processor, context);
                ClassicHttpResponse response = executor.execute(request, connection, context);
                ApiResponse answer = kind == AnswerKind.JSON ? ApiResponse.of(response, json(response.getEntity()))
                        : ApiResponse.of(response, collected(response.getEntity()));
                // the answer is complete and stands, even if a deadline closed the connection just now
                boolean done = state.compareAndSet(Phase.EXCHANGING, Phase.DONE);
                reusable = done && reusable(request, response, connection, context);
                return answer;
            } catch (IOException | HttpException | RuntimeException e) {
                throw failure(e);
            } finally {
                giveBack(entry, reusable);
            }
        }

        /**
         * Waits for a place in the pool, within the connection wait; the connect and request deadlines start when it
         * has one, as in the non-blocking client.
         */
        private PoolEntry<HttpHost, Connection> lease() throws ElevenLabsTransportException {
            PoolEntry<HttpHost, Connection> entry = waitForPlace();
            long now = System.nanoTime();
            connectDeadline = now + timeouts.connectNanos();
            requestDeadline = now + timeouts.requestNanos();
            if (!state.compareAndSet(Phase.WAITING, Phase.CONNECTING)) {
                // ended as the place came: it goes back untouched
                pool.release(entry, true);
                throw ended();
            }
            return entry;
        }

        private PoolEntry<HttpHost, Connection> waitForPlace() throws ElevenLabsTransportException {
            Future<PoolEntry<HttpHost, Connection>> lease;
            try {
                lease = pool.lease(target.host(), null, Timeout.DISABLED, null);
            } catch (IllegalStateException shutDown) {
                throw TransportFailures.stopping(describe());
            }
            pendingLease = lease;
            if (ended() != null) {
                // ended before the lease could be cancelled by end()
                lease.cancel(false);
            }
            try {
                return lease.get(timeouts.connectionWait(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                giveUp(lease);
                throw endedOr(TransportFailures.noFreeConnectionInTime(describe(), timeouts.connectionWait(),
                            maxConnectionsPerHost));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                giveUp(lease);
                throw endedOr(TransportFailures.failed(describe(), "was interrupted while connecting", e));
            } catch (CancellationException e) {
                // cancelled by end(), or by the pool because the thread was interrupted
                throw endedOr(TransportFailures.failed(describe(), "was interrupted while connecting",
                        null));
            } catch (ExecutionException e) {
                throw endedOr(TransportFailures.failed(describe(), "could not connect", e));
            } finally {
                pendingLease = null;
            }
        }

        /** A place given up on may have been granted meanwhile: it goes back, or the pool would lose it for good. */
        private void giveUp(Future<PoolEntry<HttpHost, Connection>> lease) {
            if (lease.cancel(false) || lease.isCancelled()) {
                return;
            }
            try {
                pool.release(lease.get(), true);
            } catch (ExecutionException | InterruptedException | RuntimeException nothingGranted) {
                // no place was granted, or the pool has closed
            }
        }

        /** Returns the place, and the connection if it can carry another request. */
        private void giveBack(PoolEntry<HttpHost, Connection> entry, boolean reusable) {
            boolean keep = reusable && !pool.isShutdown();
            if (keep) {
                // marks when it went idle, for the check before its next use
                entry.updateExpiry(TimeValue.NEG_ONE_MILLISECOND);
            } else {
                entry.discardConnection(CloseMode.IMMEDIATE);
            }
            try {
                pool.release(entry, keep);
            } catch (IllegalStateException closedMeanwhile) {
                entry.discardConnection(CloseMode.IMMEDIATE);
            }
        }

        private boolean reusable(BasicClassicHttpRequest request, ClassicHttpResponse response, Connection connection,
                                 HttpCoreContext context) {
            try {
                return executor.keepAlive(request, response, connection, context) && connection.isOpen();
            } catch (IOException unsure) {
                return false;
            }
        }

        /** @return the pooled connection if it is still usable, else a new one */
        private Connection connection(PoolEntry<HttpHost, Connection> entry) throws IOException {
            Connection pooled = entry.getConnection();
            if (pooled != null) {
                boolean idleLong = System.currentTimeMillis() - entry.getUpdated() > CHECK_AFTER_IDLE_MILLIS;
                if (pooled.isOpen() && !(idleLong && pooled.isStale())) {
                    pooled.setSocketTimeout(Timeout.ofMilliseconds(timeouts.request()));
                    closeBlocked = () -> closeQuietly(pooled.socket);
                    exchanging();
                    return pooled;
                }
                entry.discardConnection(CloseMode.IMMEDIATE);
            }
            Connection fresh = open();
            entry.assignConnection(fresh);
            return fresh;
        }

        private Connection open() throws IOException {
            HttpHost host = target.host();
            Socket socket = new Socket();
            closeBlocked = () -> closeQuietly(socket);
            if (ended() != null) {
                // ended before there was a socket to close
                closeQuietly(socket);
                throw ended();
            }
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            // the deadline tick ends a read at requestTimeout; the socket's own timeout is only a safety net
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeouts.request()));
            socket.connect(new InetSocketAddress(host.getHostName(), host.getPort()),
                    (int) Math.min(Integer.MAX_VALUE, timeouts.connect()));
            Connection connection = new Connection(socket);
            if ("https".equals(host.getSchemeName())) {
                SSLSocket secured = (SSLSocket) tls.createSocket(socket, host.getHostName(), host.getPort(), true);
                SSLParameters parameters = secured.getSSLParameters();
                TlsPolicy.apply(parameters);
                secured.setSSLParameters(parameters);
                secured.startHandshake();
                connection.bind(secured, socket);
            } else {
                connection.bind(socket);
            }
            exchanging();
            return connection;
        }

        /** Moves from connecting to exchanging, unless the attempt was ended meanwhile: then nothing is sent. */
        private void exchanging() throws ElevenLabsTransportException {
            if (!state.compareAndSet(Phase.CONNECTING, Phase.EXCHANGING)) {
                closeBlocked.run();
                throw ended();
            }
        }

        /**
         * Reads a whole JSON body, up to the same limit as the non-blocking client. The stream is not closed: it is
         * read to its end when the answer is kept, and closing it after a refusal would read on to the end of a huge
         * body.
         */
        private byte[] json(HttpEntity entity) throws IOException {
            if (entity == null) {
                return null;
            }
            long length = entity.getContentLength();
            InputStream in = entity.getContent();
            if (length >= 0 && length <= AnswerBody.MAX_JSON_BYTES) {
                // the usual case: read into an array of the announced size, without an 8 KiB buffer per attempt
                byte[] body = new byte[(int) length];
                if (in.readNBytes(body, 0, body.length) < body.length) {
                    throw new IOException("The answer ended before its announced " + length + " bytes");
                }
                return body;
            }
            return collected(entity).bytes();
        }

        /** Reads a whole body into an {@link AnswerBody}, which holds it and enforces its kind's limit. */
        private AnswerBody.Received collected(HttpEntity entity) throws IOException {
            if (entity == null) {
                return null;
            }
            AnswerBody body = new AnswerBody(kind);
            try {
                body.expect(entity.getContentLength());
                InputStream in = entity.getContent();
                byte[] chunk = new byte[16 * 1024];
                for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                    body.write(chunk, 0, read);
                }
                return body.finish();
            } finally {
                body.discard();
            }
        }

        @Override
        public void checkDeadlines(long now) {
            Object phase = state.get();
            if (phase != Phase.CONNECTING && phase != Phase.EXCHANGING) {
                // a wait for the pool is timed by the wait itself
                return;
            }
            if (now - requestDeadline >= 0) {
                end(TransportFailures.requestTimedOut(describe(), timeouts.request()), false);
            } else if (phase == Phase.CONNECTING && now - connectDeadline >= 0) {
                end(TransportFailures.connectTimedOut(describe(), timeouts.connect()), true);
            }
        }

        /**
         * Ends the attempt from another thread, unless its answer is already complete: closing what it is blocked on
         * makes its connect or read fail, and a wait for a pooled place is cancelled.
         *
         * @param onlyWhileConnecting for the connect deadline, which no longer applies once the request is sent
         */
        void end(ElevenLabsTransportException why, boolean onlyWhileConnecting) {
            Object phase;
            do {
                phase = state.get();
                boolean endable = phase == Phase.WAITING || phase == Phase.CONNECTING
                                  || !onlyWhileConnecting && phase == Phase.EXCHANGING;
                if (!endable) {
                    return;
                }
            } while (!state.compareAndSet(phase, why));
            closeBlocked.run();
            Future<?> lease = pendingLease;
            if (lease != null) {
                lease.cancel(false);
            }
        }

        private ElevenLabsTransportException ended() {
            return state.get() instanceof ElevenLabsTransportException why ? why : null;
        }

        private ElevenLabsTransportException endedOr(ElevenLabsTransportException failure) {
            ElevenLabsTransportException why = ended();
            return why != null ? why : failure;
        }

        private ElevenLabsTransportException failure(Exception cause) {
            ElevenLabsTransportException why = ended();
            if (why != null) {
                return why;
            }
            if (cause instanceof ElevenLabsTransportException transport) {
                return transport;
            }
            if (state.get() == Phase.CONNECTING) {
                return cause instanceof SocketTimeoutException
                        ? TransportFailures.connectTimedOut(describe(), timeouts.connect())
                        : TransportFailures.failed(describe(), "could not connect", cause);
            }
            return cause instanceof SocketTimeoutException
                    ? TransportFailures.requestTimedOut(describe(), timeouts.request())
                    : TransportFailures.failed(describe(), "failed before its answer was complete", cause);
        }
    }

    /** A pooled connection that keeps its plain socket, so that a deadline can close it from another thread. */
    private static final class Connection extends DefaultBHttpClientConnection {

        final Socket socket;

        Connection(Socket socket) {
            // the parser is given its limits itself: the connection's own constructor does not pass them on
            super(ApiResponse.HEAD_LIMITS, null, null, null, null, null,
                  limits -> new DefaultHttpResponseParser(ApiResponse.HEAD_LIMITS));
            this.socket = socket;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // nothing more to end
        }
    }
}
