package io.github.camelelevenlabs.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Decides whether an answer is retried and after how long: the retry policy of the official SDKs, in one place.
 * <ul>
 * <li>Retried: 408, 409, 429 and 5xx answers, up to {@code maxRetries} times. Transport failures and timeouts are not
 * retried, because ElevenLabs may have acted on the request.</li>
 * <li>Delay: what the server asked for ({@code Retry-After} in seconds or as an HTTP date, else
 * {@code X-RateLimit-Reset}); else {@code initialRetryDelay} doubling with each retry, with about 20 % jitter, capped
 * at {@code maxRetryDelay}.</li>
 * <li>A server that asks for longer than {@code maxRetryDelay} is not waited for: its answer is final, so the route
 * decides (the exception's {@code getRetryAfter()} says how long).</li>
 * <li>A request refused because the plan's concurrent requests are all taken
 * ({@link PlanConcurrency#isOverLimit}) is sent again once a place is free, without spending a retry: after
 * {@value #FIRST_RESEND_MILLIS} ms, doubling with each refusal in a row up to {@value #MAX_RESEND_MILLIS} ms, with
 * jitter, or longer if the server asks, for at most {@code concurrencyLimitTimeout} from the first refusal; then the
 * refusal is final.</li>
 * </ul>
 */
public final class RetryPolicy {

    static final long FIRST_RESEND_MILLIS = 50;
    static final long MAX_RESEND_MILLIS = 1_000;

    private final int maxRetries;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration concurrencyLimitTimeout;
    private final DoubleSupplier random;
    private final Clock clock;

    public RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration concurrencyLimitTimeout) {
        this(maxRetries, initialDelay, maxDelay, concurrencyLimitTimeout,
             () -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC());
    }

    RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration concurrencyLimitTimeout,
                DoubleSupplier random, Clock clock) {
        this.maxRetries = maxRetries;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.concurrencyLimitTimeout = concurrencyLimitTimeout;
        this.random = random;
        this.clock = clock;
    }

    public static boolean isRetryable(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500 && status <= 599;
    }

    /**
     * @param  retry    the number of the retry that would follow, 1 for the first
     * @param  response the answer to the previous attempt
     * @return          how long to wait before that retry; empty when the answer is final
     */
    Optional<Duration> delayBefore(int retry, ApiResponse response) {
        if (retry > maxRetries || !isRetryable(response.status())) {
            return Optional.empty();
        }
        Optional<Duration> asked = askedByServer(response);
        if (asked.isPresent()) {
            return asked.get().compareTo(maxDelay) > 0 ? Optional.empty() : asked;
        }
        double backoff = initialDelay.toMillis() * Math.pow(2, retry - 1d) * (0.8 + 0.4 * random.getAsDouble());
        return Optional.of(Duration.ofMillis((long) Math.min(backoff, maxDelay.toMillis())));
    }

    /**
     * @param  refusals how many times in a row the call was refused as over the plan's concurrency, 1 for the first
     * @param  waited   how long since the first of those refusals
     * @param  refusal  the last refusal: a longer wait it asks for (Retry-After) is waited
     * @return          how long to wait before sending it again; empty when it has waited long enough
     */
    Optional<Duration> delayBeforeResend(int refusals, Duration waited, ApiResponse refusal) {
        double backoff = Math.min(FIRST_RESEND_MILLIS * Math.pow(2, Math.min(refusals, 31) - 1d), MAX_RESEND_MILLIS)
                         * (0.8 + 0.4 * random.getAsDouble());
        Duration delay = Duration.ofMillis((long) backoff);
        Optional<Duration> asked = askedByServer(refusal);
        if (asked.isPresent() && asked.get().compareTo(delay) > 0) {
            delay = asked.get();
        }
        return waited.plus(delay).compareTo(concurrencyLimitTimeout) > 0 ? Optional.empty() : Optional.of(delay);
    }

    private Optional<Duration> askedByServer(ApiResponse response) {
        return RetryAfter.asked(response::header, clock);
    }

    int maxRetries() {
        return maxRetries;
    }
}
