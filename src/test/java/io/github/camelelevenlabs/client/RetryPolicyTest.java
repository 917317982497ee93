package io.github.camelelevenlabs.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private static RetryPolicy policy(double random) {
        return new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(60), () -> random,
                NOW);
    }

    private static ApiResponse answer(int status, String... headers) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], headers[i + 1]);
        }
        return ApiResponse.of(status, map, new byte[0]);
    }

    @ParameterizedTest
    @ValueSource(ints = { 408, 409, 429, 500, 502, 503, 504, 599 })
    void theseAnswersAreRetried(int status) {
        assertThat(policy(0.5).delayBefore(1, answer(status))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = { 200, 204, 301, 400, 401, 403, 404, 405, 410, 422 })
    void theseAnswersAreFinal(int status) {
        assertThat(policy(0.5).delayBefore(1, answer(status))).isEmpty();
    }

    @Test
    void noMoreThanMaxRetries() {
        assertThat(policy(0.5).delayBefore(2, answer(503))).isPresent();
        assertThat(policy(0.5).delayBefore(3, answer(503))).isEmpty();
        assertThat(new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(60)).delayBefore(1, answer(503)))
                .isEmpty();
    }

    @Test
    void withoutServerAdviceTheDelayDoublesWithTwentyPercentJitter() {
        assertThat(policy(0.5).delayBefore(1, answer(503))).contains(Duration.ofMillis(1000));
        assertThat(policy(0.5).delayBefore(2, answer(503))).contains(Duration.ofMillis(2000));
        assertThat(policy(0.0).delayBefore(1, answer(503))).contains(Duration.ofMillis(800));
        assertThat(policy(0.999_999).delayBefore(2, answer(503)).orElseThrow().toMillis()).isEqualTo(2399);
    }

    @Test
    void aRequestRefusedAsOverThePlanIsSentAgainAfter50MillisDoublingToOneSecond() {
        RetryPolicy policy = policy(0.5);

        assertThat(policy.delayBeforeResend(1, Duration.ZERO, answer(429))).contains(Duration.ofMillis(50));
        assertThat(policy.delayBeforeResend(2, Duration.ZERO, answer(429))).contains(Duration.ofMillis(100));
        assertThat(policy.delayBeforeResend(6, Duration.ZERO, answer(429))).contains(Duration.ofMillis(1000));
        assertThat(policy.delayBeforeResend(1_000, Duration.ZERO, answer(429))).contains(Duration.ofMillis(1000));
        assertThat(policy(0.0).delayBeforeResend(1, Duration.ZERO, answer(429))).contains(Duration.ofMillis(40));
    }

    @Test
    void resendsDoNotSpendRetriesButStopOnceConcurrencyLimitTimeoutWouldPass() {
        RetryPolicy noRetries = new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofSeconds(10), () -> 0.5, NOW);

        assertThat(noRetries.delayBeforeResend(20, Duration.ofSeconds(8), answer(429))).contains(Duration.ofSeconds(1));
        assertThat(noRetries.delayBeforeResend(20, Duration.ofMillis(9_001), answer(429))).isEmpty();
    }

    @Test
    void aRefusalOverThePlanThatAsksForALongerWaitIsWaitedOrIsFinalPastConcurrencyLimitTimeout() {
        RetryPolicy policy = policy(0.5);

        assertThat(policy.delayBeforeResend(1, Duration.ZERO, answer(429, "Retry-After", "3")))
                .contains(Duration.ofSeconds(3));
        assertThat(policy.delayBeforeResend(1, Duration.ofSeconds(58), answer(429, "Retry-After", "3"))).isEmpty();
    }

    @Test
    void theBackoffIsCappedAtMaxRetryDelay() {
        RetryPolicy manyRetries = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(60),
                () -> 0.5, NOW);

        assertThat(manyRetries.delayBefore(8, answer(500))).contains(Duration.ofSeconds(5));
    }

    @Test
    void retryAfterInSecondsOrAsADateIsWhatTheServerGets() {
        assertThat(policy(0.5).delayBefore(1, answer(429, "Retry-After", "3"))).contains(Duration.ofSeconds(3));
        assertThat(policy(0.5).delayBefore(1, answer(429, "Retry-After", "Sat, 28 Nov 2026 12:00:30 GMT")))
                .contains(Duration.ofSeconds(30));
        assertThat(policy(0.5).delayBefore(1, answer(429, "Retry-After", "0"))).contains(Duration.ZERO);
    }

    @Test
    void withoutRetryAfterTheRateLimitResetIsUsedAsUnixTimeOrSeconds() {
        long inTwentySeconds = NOW.instant().getEpochSecond() + 20;

        assertThat(policy(0.5).delayBefore(1, answer(429, "X-RateLimit-Reset", String.valueOf(inTwentySeconds))))
                .contains(Duration.ofSeconds(20));
        assertThat(policy(0.5).delayBefore(1, answer(429, "X-RateLimit-Reset", "7"))).contains(Duration.ofSeconds(7));
        assertThat(policy(0.5).delayBefore(1, answer(429, "Retry-After", "2", "X-RateLimit-Reset", "50")))
                .contains(Duration.ofSeconds(2));
    }

    @Test
    void aServerThatAsksForLongerThanMaxRetryDelayIsNotWaitedFor() {
        assertThat(policy(0.5).delayBefore(1, answer(429, "Retry-After", "3600"))).isEmpty();
        assertThat(policy(0.5).delayBefore(1, answer(429, "Retry-After", "61"))).isEmpty();
        assertThat(policy(0.5).delayBefore(1, answer(429, "Retry-After", "60"))).contains(Duration.ofSeconds(60));
    }

    @Test
    void unreadableAdviceFallsBackToTheBackoff() {
        assertThat(policy(0.5).delayBefore(1, answer(503, "Retry-After", "soon"))).contains(Duration.ofSeconds(1));
        assertThat(policy(0.5).delayBefore(1, answer(503, "X-RateLimit-Reset", "later")))
                .contains(Duration.ofSeconds(1));
    }
}
