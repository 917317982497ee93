package io.github.camelelevenlabs.client;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLParameters;

import io.github.camelelevenlabs.ElevenLabsTransportException;
import org.apache.camel.Service;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.impl.bootstrap.AsyncRequesterBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncRequester;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncClientEndpoint;
import org.apache.hc.core5.http.nio.ssl.BasicClientTlsStrategy;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http.nio.support.BasicResponseConsumer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Makes the HTTP calls to ElevenLabs without holding a thread: where the requests of every endpoint go by default,
 * and where a request is built and its answer collected for both transports ({@link BlockingTransport} is the other).
 * <p>
 * It sits on Apache HttpCore 5's non-blocking requester rather than on HttpClient: the requester has no hidden
 * retries, no redirects, no cookies and no logging of its own, so exactly one request goes out per call and the
 * {@code xi-api-key} header can never reach a wire log. Connections are pooled per host. Each call has an overall
 * deadline, body included, and its future completes exactly once: with the answer, with an
 * {@link ElevenLabsTransportException}, or when the client stops.
 */
public final class NonBlockingTransport implements ApiTransport, Service {

    private final HttpAsyncRequester requester;
    private final Executor timeoutCompletions;
    private final AttemptsInFlight<Attempt> inFlight;
    private final int maxConnectionsPerHost;
    /** Each host's places for attempts with a connection, as many as the pool keeps connections to it. */
    private final Map<HttpHost, ConcurrencyLimit> connections = new ConcurrentHashMap<>();

    /**
     * @param timers             checks deadlines; it must never run route code, which could block it
     * @param timeoutCompletions completes attempts whose deadline passed, so that the route continues there; it never
     *                           refuses one
     * @param maxConnectionsPerHost the size of the connection pool for one host
     * @param tlsContext            what TLS connections trust and present
     */
    public NonBlockingTransport(ScheduledExecutorService timers, Executor timeoutCompletions, int maxConnectionsPerHost,
                        SSLContext tlsContext) {
        this.inFlight = new AttemptsInFlight<>(timers);
        this.timeoutCompletions = timeoutCompletions;
        this.maxConnectionsPerHost = maxConnectionsPerHost;
        this.requester = AsyncRequesterBootstrap.bootstrap()
                .setIOReactorConfig(IOReactorConfig.custom().setTcpNoDelay(true).setSoKeepAlive(true).build())
                .setHttpProcessor(RequestTarget.requestProcessor())
                .setHttp1Config(ApiResponse.HEAD_LIMITS)
                .setTlsStrategy(withTlsPolicy(tlsContext))
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                .setMaxTotal(maxConnectionsPerHost * 4)
                .setDefaultMaxPerRoute(maxConnectionsPerHost)
                .create();
    }

    private static BasicClientTlsStrategy withTlsPolicy(SSLContext tlsContext) {
        return new BasicClientTlsStrategy(tlsContext, (endpoint, engine) -> {
            SSLParameters parameters = engine.getSSLParameters();
            TlsPolicy.apply(parameters);
            engine.setSSLParameters(parameters);
        }, null);
    }

    @Override
    public void start() {
        requester.start();
        inFlight.start();
    }

    /**
     * Stops the client. Calls still in flight fail with an {@link ElevenLabsTransportException}; none is left hanging.
     */
    @Override
    public void stop() {
        requester.initiateShutdown();
        for (Attempt attempt : inFlight.stop()) {
            attempt.fail(TransportFailures.stopping(attempt.describe()));
        }
        try {
            requester.awaitShutdown(TimeValue.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        requester.close(CloseMode.IMMEDIATE);
    }

    @Override
    public boolean isBlocking() {
        return false;
    }

    @Override
    public CompletableFuture<ApiResponse> send(String method, RequestTarget target, ApiKey apiKey,
                                               CallTimeouts timeouts, AnswerKind kind) {
        Attempt attempt = new Attempt(method, target, timeouts, kind);
        inFlight.add(attempt);
        attempt.result.whenComplete((response, failure) -> inFlight.remove(attempt));
        ConcurrencyLimit hostConnections = connections.computeIfAbsent(target.host(),
                host -> new ConcurrencyLimit(maxConnectionsPerHost));
        hostConnections.acquire(() -> attempt.start(hostConnections, apiKey));
        return attempt.result;
    }

    /**
     * One request and its answer, its deadlines and the connection it holds. It waits for a place among the host's
     * connections before it connects: HttpCore's pool would time that wait with the connect timeout, and a burst
     * over the pool would then fail to connect without having tried.
     */
    private final class Attempt implements AttemptsInFlight.Attempt {

        private final String method;
        private final RequestTarget target;
        private final CallTimeouts timeouts;
        private final AnswerKind kind;
        private final CompletableFuture<ApiResponse> result = new CompletableFuture<>();
        private final AtomicReference<AsyncClientEndpoint> connection = new AtomicReference<>();
        /** The place among the host's connections, while the attempt holds it; it goes back exactly once. */
        private final AtomicReference<ConcurrencyLimit> connectionPlace = new AtomicReference<>();
        /** Once a deadline has passed, every failure of the attempt is reported as that deadline. */
        private volatile ElevenLabsTransportException deadlinePassed;
        private final long connectionWaitDeadline;
        /** Whether the attempt has its place among the connections; the deadlines below are set before. */
        private volatile boolean started;
        private volatile boolean connected;
        private long connectDeadline;
        private long requestDeadline;

        Attempt(String method, RequestTarget target, CallTimeouts timeouts, AnswerKind kind) {
            this.method = method;
            this.target = target;
            this.timeouts = timeouts;
            this.kind = kind;
            this.connectionWaitDeadline = System.nanoTime() + timeouts.connectionWaitNanos();
        }

        String describe() {
            return method + " " + target;
        }

        /** Runs when the attempt has its place among the host's connections. */
        void start(ConcurrencyLimit hostConnections, ApiKey apiKey) {
            connectionPlace.set(hostConnections);
            if (result.isDone()) {
                // the wait ran out, or the client stopped, before the place came
                releaseConnectionPlace();
                return;
            }
            long now = System.nanoTime();
            connectDeadline = now + timeouts.connectNanos();
            requestDeadline = now + timeouts.requestNanos();
            started = true;
            try {
                connect(target.request(method, apiKey, kind));
            } catch (RuntimeException e) {
                // the requester refuses work once it is shutting down
                releaseConnectionPlace();
                fail(transportFailure("could not be sent", e));
            }
        }

        private void connect(BasicClassicHttpRequest request) {
            // HttpCore keeps the timeout given here as the connection's read timeout, and also times its pool's lease
            // with it: give it the longer one, and enforce connectTimeout with the deadline checks. The lease does not
            // wait: this attempt holds one of the host's places, and there are as many as the pool has connections.
            requester.connect(target.host(), Timeout.ofMilliseconds(Math.max(timeouts.connect(), timeouts.request())),
                    null, new FutureCallback<>() {
                        @Override
                        public void completed(AsyncClientEndpoint endpoint) {
                            exchange(endpoint, request);
                        }

                        @Override
                        public void failed(Exception cause) {
                            releaseConnectionPlace();
                            fail(transportFailure("could not connect", cause));
                        }

                        @Override
                        public void cancelled() {
                            releaseConnectionPlace();
                            fail(transportFailure("was cancelled while connecting", null));
                        }
                    });
        }

        private void exchange(AsyncClientEndpoint endpoint, BasicClassicHttpRequest request) {
            connection.set(endpoint);
            connected = true;
            if (result.isDone()) {
                // a deadline passed, or the client stopped, while connecting
                discard(endpoint);
                return;
            }
            try {
                execute(endpoint, request);
            } catch (IllegalStateException discarded) {
                // the deadline discarded the connection between the check above and here
                discard(endpoint);
                fail(transportFailure("lost its connection", discarded));
            }
        }

        private void execute(AsyncClientEndpoint endpoint, BasicClassicHttpRequest request) {
            endpoint.execute(new BasicRequestProducer(request, null),
                    new BasicResponseConsumer<>(new AnswerBodyConsumer(kind)), null,
                    new FutureCallback<Message<HttpResponse, AnswerBody.Received>>() {
                        @Override
                        public void completed(Message<HttpResponse, AnswerBody.Received> message) {
                            endpoint.releaseAndReuse();
                            releaseConnectionPlace();
                            ApiResponse response = ApiResponse.of(message.getHead(), message.getBody());
                            if (!result.complete(response)) {
                                // a deadline or the stop ended the attempt first: nobody takes this body
                                response.discardBody();
                            }
                        }

                        @Override
                        public void failed(Exception cause) {
                            discard(endpoint);
                            // HttpCore shakes TLS hands when the connection is first used: a refusal there sent
                            // nothing, and reads as it does on the blocking transport
                            fail(transportFailure(isTlsRefusal(cause) ? "could not connect"
                                    : "failed before its answer was complete", cause));
                        }

                        @Override
                        public void cancelled() {
                            discard(endpoint);
                            fail(transportFailure("was cancelled", null));
                        }
                    });
        }

        private static boolean isTlsRefusal(Exception cause) {
            return cause instanceof SSLHandshakeException || cause instanceof SSLPeerUnverifiedException;
        }

        /** Closes the connection; its pool entry is free at once, so the attempt's place among the connections is too. */
        private void discard(AsyncClientEndpoint endpoint) {
            endpoint.releaseAndDiscard();
            releaseConnectionPlace();
        }

        private void releaseConnectionPlace() {
            ConcurrencyLimit place = connectionPlace.getAndSet(null);
            if (place != null) {
                place.release();
            }
        }

        @Override
        public void checkDeadlines(long now) {
            if (!started) {
                if (now - connectionWaitDeadline >= 0) {
                    // nothing to close: the place, if it comes, goes back at once
                    failOffTimer(TransportFailures.noFreeConnectionInTime(describe(), timeouts.connectionWait(),
                            maxConnectionsPerHost));
                }
            } else if (now - requestDeadline >= 0) {
                passDeadline(TransportFailures.requestTimedOut(describe(), timeouts.request()));
            } else if (!connected && now - connectDeadline >= 0) {
                connectTimedOut();
            }
        }

        private void connectTimedOut() {
            // the connection may have arrived since the tick looked
            if (!connected) {
                passDeadline(TransportFailures.connectTimedOut(describe(), timeouts.connect()));
            }
        }

        /**
         * Ends the attempt at a deadline. The connection is closed first, the only way to abandon a half-read answer, so
         * that the attempt's place is free before the next request takes it. A connect still under way is left to
         * finish and is then discarded; cancelling it could lose its pooled connection.
         */
        private void passDeadline(ElevenLabsTransportException failure) {
            if (result.isDone()) {
                return;
            }
            deadlinePassed = failure;
            AsyncClientEndpoint endpoint = connection.get();
            if (endpoint != null) {
                discard(endpoint);
            }
            failOffTimer(failure);
        }

        /** The attempt completes off the timer thread: the route continues where it completes. */
        private void failOffTimer(ElevenLabsTransportException failure) {
            timeoutCompletions.execute(() -> fail(failure));
        }

        boolean fail(ElevenLabsTransportException failure) {
            ElevenLabsTransportException deadlineFailure = deadlinePassed;
            return result.completeExceptionally(deadlineFailure != null ? deadlineFailure : failure);
        }

        private ElevenLabsTransportException transportFailure(String what, Exception cause) {
            return TransportFailures.failed(describe(), what, cause);
        }
    }

}
