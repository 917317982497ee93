package io.github.camelelevenlabs.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The benchmarks' server: the JDK's HttpServer on loopback, answering every request 200 {@code {}}, optionally after a
 * delay that holds no thread, with the concurrency headers ElevenLabs sends ({@code current-concurrent-requests},
 * {@code maximum-concurrent-requests}). TCP_NODELAY is on ({@code -Dsun.net.httpserver.nodelay=true}, set by the runner), as in
 * the figures the project compares with; idle connections are kept. WireMock is not used: it tops out near 10k
 * requests/s.
 */
final class StubServer implements AutoCloseable {

    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(8);
    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor();

    private final AtomicInteger inFlight = new AtomicInteger();
    private final int plan;

    /**
     * @param delayMillis how long each answer takes, holding no thread
     * @param plan        the plan's concurrency that every answer reports, as ElevenLabs does (not enforced)
     */
    StubServer(long delayMillis, int plan) throws IOException {
        this.plan = plan;
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // by default the JDK's server closes idle connections beyond 200, which fails requests that the clients
        // send on them at that moment: keep them, as a real service behind a load balancer does
        System.setProperty("sun.net.httpserver.maxIdleConnections", "5000");
        System.setProperty("sun.net.httpserver.idleInterval", "600");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 2048);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            inFlight.incrementAndGet();
            if (delayMillis > 0) {
                delays.schedule(() -> answer(exchange), delayMillis, TimeUnit.MILLISECONDS);
            } else {
                answer(exchange);
            }
        });
        server.setExecutor(handlers);
        server.start();
    }

    private void answer(HttpExchange exchange) {
        try {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("request-id", "req_stub");
            exchange.getResponseHeaders().add("current-concurrent-requests", String.valueOf(inFlight.getAndDecrement()));
            exchange.getResponseHeaders().add("maximum-concurrent-requests", String.valueOf(plan));
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY);
            }
        } catch (IOException e) {
            exchange.close();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        delays.shutdownNow();
    }
}
