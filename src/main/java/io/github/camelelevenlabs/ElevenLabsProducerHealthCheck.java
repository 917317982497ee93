package io.github.camelelevenlabs;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import io.github.camelelevenlabs.client.AnswerKind;
import io.github.camelelevenlabs.client.ApiKey;
import io.github.camelelevenlabs.client.ApiResponse;
import io.github.camelelevenlabs.client.CallTimeouts;
import io.github.camelelevenlabs.client.NonBlockingTransport;
import io.github.camelelevenlabs.client.PlanConcurrency;
import io.github.camelelevenlabs.client.RequestTarget;
import io.github.camelelevenlabs.client.ServerText;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Whether producers can reach ElevenLabs with their key: one cheap authenticated read (the first conversation of the
 * list, never a delete), DOWN with the reason when the key is rejected (401/403), the account is rate-limited (429),
 * ElevenLabs fails (5xx), answers the read with another error (a wrong baseUrl) or cannot be reached.
 * <p>
 * One check serves every endpoint with the same host and key (see {@link ProducerHealthChecks}). Its outcome is kept
 * for {@link #CACHE_NANOS}: however often Kubernetes or an actuator asks, the account sees at most one request per
 * period. A probe never waits for a read in flight when there is an earlier outcome to give, so a slow ElevenLabs
 * cannot make probes time out; the read has short deadlines of its own and does not wait in an endpoint's
 * concurrency queue.
 */
final class ElevenLabsProducerHealthCheck extends AbstractHealthCheck {

    /** How long an outcome is reused. */
    static final long CACHE_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** How long the very first probe waits for the first read before answering UNKNOWN. */
    static final long FIRST_WAIT_MILLIS = 2_000;
    static final String PROBE_PATH = ElevenLabsProducer.CONVERSATIONS + "?page_size=1";
    private static final long PROBE_CONNECT_TIMEOUT = 5_000;
    private static final long PROBE_REQUEST_TIMEOUT = 10_000;

    private final ElevenLabsEndpoint endpoint;
    private final LongSupplier nanoClock;
    private CompletableFuture<Result> probe;
    private long probedAt;
    private Result latest;

    /**
     * @param id        the check's id, naming the host and the key's fingerprint, never the key
     * @param endpoint  an endpoint with the host and key to probe
     * @param nanoClock a monotonic clock, {@code System::nanoTime}
     */
    ElevenLabsProducerHealthCheck(String id, ElevenLabsEndpoint endpoint, LongSupplier nanoClock) {
        super("camel", id);
        this.endpoint = endpoint;
        this.nanoClock = nanoClock;
    }

    @Override
    public boolean isLiveness() {
        // a rejected key or an unreachable host is not cured by restarting the application
        return false;
    }

    /** Camel's base class has already answered for a disabled check, without calling this: nothing is sent. */
    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (!endpoint.getComponent().isRunAllowed()) {
            // not kept: the outcome changes as soon as the component runs again
            builder.unknown().message("the elevenlabs component is not running");
            return;
        }
        CompletableFuture<Result> current;
        Result previous;
        synchronized (this) {
            long now = nanoClock.getAsLong();
            if (probe == null || probe.isDone() && now - probedAt >= CACHE_NANOS) {
                probedAt = now;
                probe = probe();
            }
            current = probe;
            previous = latest;
        }
        // a read in flight: the previous outcome, at most one period old, rather than a probe that waits; only while
        // there is no outcome yet does a probe wait, briefly
        Result outcome = current.isDone() || previous == null ? await(current) : previous;
        builder.state(outcome.getState());
        outcome.getMessage().ifPresent(builder::message);
        outcome.getError().ifPresent(builder::error);
        builder.details(outcome.getDetails());
    }

    private Result await(CompletableFuture<Result> outcome) {
        try {
            return outcome.get(FIRST_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result().unknown().message("interrupted while probing ElevenLabs").build();
        } catch (TimeoutException e) {
            return result().unknown().message("the first read from ElevenLabs has not answered yet").build();
        } catch (ExecutionException e) {
            return result().down().message("the probe of ElevenLabs failed: " + e.getCause()).error(e.getCause())
                    .build();
        }
    }

    private CompletableFuture<Result> probe() {
        CompletableFuture<Result> outcome;
        try {
            RequestTarget target = endpoint.getApiBaseUrl().target(PROBE_PATH);
            ApiKey apiKey = endpoint.resolveApiKey();
            NonBlockingTransport transport = endpoint.getComponent().runningNonBlockingTransport(endpoint.getConfiguration());
            if (transport == null) {
                outcome = CompletableFuture.completedFuture(
                        result().unknown().message("the elevenlabs component is not running").build());
            } else {
                ElevenLabsConfiguration configuration = endpoint.getConfiguration();
                long requestTimeout = Math.min(configuration.getRequestTimeout(), PROBE_REQUEST_TIMEOUT);
                outcome = transport.send("GET", target, apiKey, new CallTimeouts(requestTimeout,
                        Math.min(configuration.getConnectTimeout(), PROBE_CONNECT_TIMEOUT), requestTimeout), AnswerKind.JSON)
                        .handle((response, failure) -> failure != null
                                ? unreachable(target, failure) : answered(target, response));
            }
        } catch (Exception cannotCall) {
            // no key, a bad base URL, TLS settings that cannot be loaded
            outcome = CompletableFuture.completedFuture(result().down()
                    .message("cannot call ElevenLabs: " + ServerText.shown(cannotCall.getMessage())).error(cannotCall)
                    .build());
        }
        return outcome.whenComplete((result, failure) -> {
            synchronized (this) {
                if (result != null) {
                    latest = result;
                }
            }
        });
    }

    private Result answered(RequestTarget target, ApiResponse response) {
        int status = response.status();
        HealthCheckResultBuilder result = result().detail(HTTP_RESPONSE_CODE, status);
        String requestId = response.header("request-id");
        if (requestId != null) {
            result.detail("request.id", requestId);
        }
        if (response.isSuccess()) {
            return result.up().message("ElevenLabs answered HTTP " + status).build();
        }
        if (status < 400) {
            // the client follows no redirect, so producers fail on it too
            return result.down().message("ElevenLabs answered HTTP " + status + " (a redirect, which calls do not"
                                         + " follow); check the baseUrl").build();
        }
        ElevenLabsException error = ElevenLabsProducer.failure(ElevenLabsOperation.list, target, response);
        String reason;
        if (error instanceof ElevenLabsAuthenticationException) {
            reason = "ElevenLabs rejected the API key (HTTP " + status + ")";
        } else if (error instanceof ElevenLabsRateLimitException
                   && PlanConcurrency.isOverLimitCode(error.getErrorCode())) {
            // the key works and the host answers; the plan's concurrent requests are all in use, which a bulk erasure
            // at its share of the plan does on purpose: no reason to take the instance out of service
            return result.up().detail("concurrency.saturated", true)
                    .message("ElevenLabs answered HTTP 429 " + error.getErrorCode()
                             + ": the plan's concurrent requests are all in use").build();
        } else if (error instanceof ElevenLabsRateLimitException) {
            reason = "the ElevenLabs account is rate-limited (HTTP " + status + ")";
            ((ElevenLabsRateLimitException) error).getRetryAfter()
                    .ifPresent(wait -> result.detail("retry.after.seconds", wait.toSeconds()));
        } else if (error instanceof ElevenLabsServerException) {
            reason = "ElevenLabs is failing (HTTP " + status + ")";
        } else {
            reason = "ElevenLabs answered HTTP " + status + " to a read of the conversation list; check the baseUrl";
        }
        return result.down().message(reason).error(error).build();
    }

    /** @param failure the client's own failure: its future is handled directly, so nothing wraps it */
    private Result unreachable(RequestTarget target, Throwable failure) {
        return result().down().message("ElevenLabs cannot be reached at " + target.origin() + ": "
                                       + ServerText.shown(failure.getMessage()))
                .error(failure).build();
    }

    private HealthCheckResultBuilder result() {
        return HealthCheckResultBuilder.on(this)
                .detail("region", endpoint.getConfiguration().getRegion().toString())
                .detail("base.url", endpoint.getServiceUrl());
    }
}
