package io.github.camelelevenlabs;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Whether an endpoint's producers can reach ElevenLabs with their key: one cheap authenticated read (the first
 * conversation of the list, never a delete), DOWN with the reason when the key is rejected (401/403), the account is
 * rate-limited (429), ElevenLabs fails (5xx) or its host cannot be reached. The outcome is kept for
 * {@link #CACHE_MILLIS}, and probes that arrive while one is in flight share it: however often Kubernetes or an
 * actuator asks, the account sees at most one request per period, outside the endpoint's concurrency bound so that a
 * queue of deletes does not make the probe time out.
 */
final class ElevenLabsProducerHealthCheck implements HealthCheck {

    /** How long an outcome is reused. */
    static final long CACHE_MILLIS = 30_000;
    static final String PROBE_PATH = ElevenLabsProducer.CONVERSATIONS + "?page_size=1";

    private final ElevenLabsEndpoint endpoint;
    private final String id;
    private final LongSupplier clock;
    private volatile boolean enabled = true;
    private CompletableFuture<Result> probe;
    private long probedAt;

    ElevenLabsProducerHealthCheck(ElevenLabsEndpoint endpoint, LongSupplier clock) {
        this.endpoint = endpoint;
        // the endpoint URI already has its key hidden
        this.id = "producer:" + endpoint.getEndpointUri();
        this.clock = clock;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        // a rejected key or an unreachable host is not cured by restarting the application
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        if (!enabled) {
            // as Camel's own checks answer when switched off: nothing is sent
            return result().unknown().message("disabled").detail(CHECK_ENABLED, false).build();
        }
        CompletableFuture<Result> outcome = outcome();
        ElevenLabsConfiguration configuration = endpoint.getConfiguration();
        try {
            // the probe has its own deadlines; this bound only guards against waiting forever
            return outcome.get(configuration.getConnectTimeout() + configuration.getRequestTimeout() + 1_000,
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result().down().message("interrupted while probing ElevenLabs").build();
        } catch (ExecutionException | TimeoutException e) {
            return result().down().message("the probe of ElevenLabs did not complete: " + e).error(e).build();
        }
    }

    private synchronized CompletableFuture<Result> outcome() {
        long now = clock.getAsLong();
        if (probe == null || probe.isDone() && now - probedAt >= CACHE_MILLIS) {
            probedAt = now;
            probe = probe();
        }
        return probe;
    }

    private CompletableFuture<Result> probe() {
        RequestTarget target;
        ApiKey apiKey;
        try {
            target = endpoint.getApiBaseUrl().target(PROBE_PATH);
            apiKey = endpoint.resolveApiKey();
        } catch (RuntimeException misconfigured) {
            return CompletableFuture.completedFuture(result().down()
                    .message("cannot call ElevenLabs: " + misconfigured.getMessage()).error(misconfigured).build());
        }
        ElevenLabsConfiguration configuration = endpoint.getConfiguration();
        return endpoint.getComponent().apiClient()
                .send("GET", target, apiKey, configuration.getConnectTimeout(), configuration.getRequestTimeout())
                .handle((response, failure) -> failure != null ? unreachable(target, failure) : answered(target, response));
    }

    private Result answered(RequestTarget target, ApiResponse response) {
        int status = response.status();
        HealthCheckResultBuilder result = result().detail(HTTP_RESPONSE_CODE, status);
        String requestId = response.header("request-id");
        if (requestId != null) {
            result.detail("request.id", requestId);
        }
        if (status < 400) {
            return result.up().message("ElevenLabs answered HTTP " + status).build();
        }
        ElevenLabsException error = ElevenLabsProducer.failure(ElevenLabsOperation.list, target, response);
        String reason;
        if (error instanceof ElevenLabsAuthenticationException) {
            reason = "ElevenLabs rejected the API key (HTTP " + status + ")";
        } else if (error instanceof ElevenLabsRateLimitException) {
            reason = "the ElevenLabs account is rate-limited (HTTP " + status + ")";
            ((ElevenLabsRateLimitException) error).getRetryAfter()
                    .ifPresent(wait -> result.detail("retry.after.seconds", wait.toSeconds()));
        } else if (error instanceof ElevenLabsServerException) {
            reason = "ElevenLabs is failing (HTTP " + status + ")";
        } else {
            // the key works and the host answers; an unexpected client error says nothing about the account
            return result.up().message("ElevenLabs answered HTTP " + status + " to the probe").build();
        }
        return result.down().message(reason).error(error).build();
    }

    private Result unreachable(RequestTarget target, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return result().down().message("ElevenLabs cannot be reached at " + target.origin() + ": "
                                       + cause.getMessage())
                .error(cause).build();
    }

    private HealthCheckResultBuilder result() {
        return HealthCheckResultBuilder.on(this)
                .detail("region", endpoint.getConfiguration().getRegion().toString())
                .detail(ENDPOINT_URI, endpoint.getEndpointUri());
    }
}
