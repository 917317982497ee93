package io.github.camelelevenlabs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.Header;
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
import org.apache.hc.core5.http.protocol.HttpProcessor;
import org.apache.hc.core5.http.protocol.HttpProcessorBuilder;
import org.apache.hc.core5.http.protocol.RequestContent;
import org.apache.hc.core5.http.protocol.RequestTargetHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Makes the HTTP calls to ElevenLabs without holding a thread: where the requests of every endpoint go by default,
 * and where a request is built and its answer collected for both transports ({@link BlockingApiClient} is the other).
 * <p>
 * It sits on Apache HttpCore 5's non-blocking requester rather than on HttpClient: the requester has no hidden
 * retries, no redirects, no cookies and no logging of its own, so exactly one request goes out per call and the
 * {@code xi-api-key} header can never reach a wire log. Connections are pooled per host. Each call has an overall
 * deadline, body included, and its future completes exactly once: with the answer, with an
 * {@link ElevenLabsTransportException}, or when the client stops.
 */
final class ElevenLabsApiClient implements ApiTransport {

    static final String USER_AGENT = "camel-elevenlabs/" + componentVersion();

    private final HttpAsyncRequester requester;
    private final Executor timeoutCompletions;
    private final CallsInFlight<Call> inFlight;

    /**
     * @param timers             checks deadlines; it must never run route code, which could block it
     * @param timeoutCompletions completes calls whose deadline passed, so that the route continues there; it never
     *                           refuses one
     * @param maxConnectionsPerHost the size of the connection pool for one host
     * @param tlsContext            what TLS connections trust and present
     */
    ElevenLabsApiClient(ScheduledExecutorService timers, Executor timeoutCompletions, int maxConnectionsPerHost,
                        SSLContext tlsContext) {
        this.inFlight = new CallsInFlight<>(timers);
        this.timeoutCompletions = timeoutCompletions;
        this.requester = AsyncRequesterBootstrap.bootstrap()
                .setIOReactorConfig(IOReactorConfig.custom().setTcpNoDelay(true).setSoKeepAlive(true).build())
                .setHttpProcessor(requestProcessor())
                .setHttp1Config(ApiResponse.HEAD_LIMITS)
                .setTlsStrategy(withTlsPolicy(tlsContext))
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                .setMaxTotal(maxConnectionsPerHost * 4)
                .setDefaultMaxPerRoute(maxConnectionsPerHost)
                .create();
    }

    /** Only Host (and Content-Length when there is a body) are added to the headers {@link #request} sets. */
    static HttpProcessor requestProcessor() {
        return HttpProcessorBuilder.create().add(new RequestTargetHost()).add(new RequestContent()).build();
    }

    /** @return the request as both transports send it: the key, JSON wanted, and who is asking */
    static BasicClassicHttpRequest request(String method, RequestTarget target, ApiKey apiKey) {
        BasicClassicHttpRequest request = new BasicClassicHttpRequest(method, target.host(), target.path());
        request.addHeader("xi-api-key", apiKey.value());
        request.addHeader("Accept", "application/json");
        request.addHeader("User-Agent", USER_AGENT);
        return request;
    }

    private static BasicClientTlsStrategy withTlsPolicy(SSLContext tlsContext) {
        return new BasicClientTlsStrategy(tlsContext, (endpoint, engine) -> {
            SSLParameters parameters = engine.getSSLParameters();
            TlsPolicy.apply(parameters);
            engine.setSSLParameters(parameters);
        }, null);
    }

    private static String componentVersion() {
        try (InputStream in = ElevenLabsApiClient.class.getResourceAsStream("component-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    void start() {
        requester.start();
        inFlight.start();
    }

    /**
     * Stops the client. Calls still in flight fail with an {@link ElevenLabsTransportException}; none is left hanging.
     */
    void stop() {
        requester.initiateShutdown();
        for (Call call : inFlight.stop()) {
            call.fail(ElevenLabsTransportException.stopping(call.describe()));
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
    public CompletableFuture<ApiResponse> send(
            String method, RequestTarget target, ApiKey apiKey, long connectTimeout, long requestTimeout) {
        Call call = new Call(method, target, connectTimeout, requestTimeout);
        inFlight.add(call);
        call.result.whenComplete((response, failure) -> inFlight.remove(call));
        try {
            call.start(apiKey);
        } catch (RuntimeException e) {
            // the requester refuses work once it is shutting down
            call.fail(ElevenLabsTransportException.failed(call.describe(), "could not be sent", e));
        }
        return call.result;
    }

    /** One request and its answer, its deadline and the connection it holds. */
    private final class Call implements CallsInFlight.Call {

        private final String method;
        private final RequestTarget target;
        private final CompletableFuture<ApiResponse> result = new CompletableFuture<>();
        private final AtomicReference<AsyncClientEndpoint> connection = new AtomicReference<>();
        /** Once a deadline has passed, every failure of the call is reported as that deadline. */
        private volatile ElevenLabsTransportException deadlinePassed;
        private volatile boolean connected;
        private final long connectTimeout;
        private final long requestTimeout;
        private final long connectDeadline;
        private final long requestDeadline;

        Call(String method, RequestTarget target, long connectTimeout, long requestTimeout) {
            this.method = method;
            this.target = target;
            long now = System.nanoTime();
            this.connectTimeout = connectTimeout;
            this.requestTimeout = requestTimeout;
            this.connectDeadline = now + TimeUnit.MILLISECONDS.toNanos(connectTimeout);
            this.requestDeadline = now + TimeUnit.MILLISECONDS.toNanos(requestTimeout);
        }

        String describe() {
            return method + " " + target;
        }

        void start(ApiKey apiKey) {
            HttpHost host = target.host();
            BasicClassicHttpRequest request = request(method, target, apiKey);

            // HttpCore keeps the timeout given here as the connection's read timeout: give it the longer one, and
            // enforce connectTimeout with the deadline checks
            requester.connect(host, Timeout.ofMilliseconds(Math.max(connectTimeout, requestTimeout)), null,
                    new FutureCallback<>() {
                        @Override
                        public void completed(AsyncClientEndpoint endpoint) {
                            exchange(endpoint, request);
                        }

                        @Override
                        public void failed(Exception cause) {
                            fail(transportFailure("could not connect", cause));
                        }

                        @Override
                        public void cancelled() {
                            fail(transportFailure("was cancelled while connecting", null));
                        }
                    });
        }

        private void exchange(AsyncClientEndpoint endpoint, BasicClassicHttpRequest request) {
            connection.set(endpoint);
            connected = true;
            if (result.isDone()) {
                // a deadline passed, or the client stopped, while connecting
                endpoint.releaseAndDiscard();
                return;
            }
            try {
                execute(endpoint, request);
            } catch (IllegalStateException discarded) {
                // the deadline discarded the connection between the check above and here
                endpoint.releaseAndDiscard();
                fail(transportFailure("lost its connection", discarded));
            }
        }

        private void execute(AsyncClientEndpoint endpoint, BasicClassicHttpRequest request) {
            endpoint.execute(new BasicRequestProducer(request, null),
                    new BasicResponseConsumer<>(new LimitedBodyConsumer()), null,
                    new FutureCallback<Message<HttpResponse, byte[]>>() {
                        @Override
                        public void completed(Message<HttpResponse, byte[]> message) {
                            endpoint.releaseAndReuse();
                            result.complete(toApiResponse(message));
                        }

                        @Override
                        public void failed(Exception cause) {
                            endpoint.releaseAndDiscard();
                            fail(transportFailure("failed before its answer was complete", cause));
                        }

                        @Override
                        public void cancelled() {
                            endpoint.releaseAndDiscard();
                            fail(transportFailure("was cancelled", null));
                        }
                    });
        }

        @Override
        public void checkDeadlines(long now) {
            if (now - requestDeadline >= 0) {
                timedOut();
            } else if (!connected && now - connectDeadline >= 0) {
                connectTimedOut();
            }
        }

        private void timedOut() {
            passDeadline(ElevenLabsTransportException.requestTimedOut(describe(), requestTimeout));
        }

        private void connectTimedOut() {
            // the connection may have arrived since the tick looked
            if (!connected) {
                passDeadline(ElevenLabsTransportException.connectTimedOut(describe(), connectTimeout));
            }
        }

        /**
         * Ends the call at a deadline. The connection is closed first, the only way to abandon a half-read answer, so
         * that the call's place is free before the next request takes it. The call completes off the timer thread:
         * the route continues where it completes. A connect still under way is left to finish and is then
         * discarded; cancelling it could lose its pooled connection.
         */
        private void passDeadline(ElevenLabsTransportException failure) {
            if (result.isDone()) {
                return;
            }
            deadlinePassed = failure;
            AsyncClientEndpoint endpoint = connection.get();
            if (endpoint != null) {
                endpoint.releaseAndDiscard();
            }
            timeoutCompletions.execute(() -> fail(failure));
        }

        boolean fail(ElevenLabsTransportException failure) {
            ElevenLabsTransportException deadlineFailure = deadlinePassed;
            return result.completeExceptionally(deadlineFailure != null ? deadlineFailure : failure);
        }

        private ElevenLabsTransportException transportFailure(String what, Exception cause) {
            return ElevenLabsTransportException.failed(describe(), what, cause);
        }
    }

    private static ApiResponse toApiResponse(Message<HttpResponse, byte[]> message) {
        return toApiResponse(message.getHead(), message.getBody());
    }

    /** @return the answer as both transports hand it over; {@code body} may be null for none */
    static ApiResponse toApiResponse(HttpResponse head, byte[] body) {
        Header[] all = head.getHeaders();
        String[] names = new String[all.length];
        String[] values = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            names[i] = all[i].getName();
            values[i] = all[i].getValue();
        }
        return new ApiResponse(head.getCode(), head.getReasonPhrase(), names, values, body == null ? new byte[0] : body);
    }

}
