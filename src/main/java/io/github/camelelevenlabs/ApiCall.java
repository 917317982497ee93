package io.github.camelelevenlabs;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical call to ElevenLabs: its attempts within the endpoint's concurrency limit, with the waits the retry policy
 * asks for in between. Waiting is scheduled, never slept, so no thread is held. The result completes exactly once:
 * with the final answer (which may be an error status), a transport failure, or {@link #abandon} when the producer
 * stops; after that no further attempt starts.
 */
final class ApiCall {

    private static final Logger LOG = LoggerFactory.getLogger(ApiCall.class);

    /** The requests a logical call, or a series of them (the pages of a list), took in all. */
    static final class Attempts {
        private int count;

        synchronized void record(int attempts) {
            count += attempts;
        }

        synchronized int count() {
            return count;
        }
    }

    private final ElevenLabsApiClient client;
    private final ConcurrencyLimit limit;
    private final RetryPolicy policy;
    private final ScheduledExecutorService timers;
    private final String method;
    private final RequestTarget target;
    private final ApiKey apiKey;
    private final long connectTimeout;
    private final long requestTimeout;
    private final CompletableFuture<ApiResponse> result = new CompletableFuture<>();
    private volatile int attempts;

    ApiCall(ElevenLabsApiClient client, ConcurrencyLimit limit, RetryPolicy policy, ScheduledExecutorService timers,
            String method, RequestTarget target, ApiKey apiKey, long connectTimeout, long requestTimeout) {
        this.client = client;
        this.limit = limit;
        this.policy = policy;
        this.timers = timers;
        this.method = method;
        this.target = target;
        this.apiKey = apiKey;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    CompletableFuture<ApiResponse> start() {
        limit.acquire(this::attempt);
        return result;
    }

    /** @return the number of requests sent so far */
    int attempts() {
        return attempts;
    }

    /** Fails the call unless it has completed; a pending retry then never starts. */
    void abandon(String why) {
        result.completeExceptionally(new ElevenLabsTransportException(
                method + " " + target + " was abandoned after " + attempts + " attempt(s): " + why, null, false));
    }

    private void attempt() {
        if (result.isDone()) {
            limit.release();
            return;
        }
        attempts++;
        client.send(method, target, apiKey, connectTimeout, requestTimeout).whenComplete((response, failure) -> {
            limit.release();
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            limit.adaptTo(response.header("maximum-concurrent-requests"));
            Optional<Duration> delay = policy.delayBefore(attempts, response);
            if (delay.isEmpty() || result.isDone()) {
                result.complete(response);
                return;
            }
            LOG.debug("{} {} answered HTTP {} (request-id {}): retry {} of {} in {} ms", method, target,
                    response.status(), response.header("request-id"), attempts, policy.maxRetries(),
                    delay.get().toMillis());
            scheduleRetry(delay.get(), response);
        });
    }

    private void scheduleRetry(Duration delay, ApiResponse lastAnswer) {
        try {
            timers.schedule(() -> limit.acquire(this::attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the component is stopping: hand back the last answer rather than losing the exchange
            result.complete(lastAnswer);
        }
    }
}
