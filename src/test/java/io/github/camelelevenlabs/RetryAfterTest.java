package io.github.camelelevenlabs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import io.github.camelelevenlabs.client.RetryAfter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a wait the server asks for is read as: HTTP's two forms of Retry-After, digits for X-RateLimit-Reset, nothing
 * else, and never more than a day, so that getRetryAfter() stays meaningful whatever the answer says.
 */
class RetryAfterTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private static Optional<Duration> asked(String name, String value) {
        Map<String, String> headers = Map.of(name, value);
        return RetryAfter.asked(headers::get, NOW);
    }

    @Test
    void retryAfterIsDeltaSecondsOrAnHttpDate() {
        assertThat(asked("Retry-After", "7")).contains(Duration.ofSeconds(7));
        assertThat(asked("Retry-After", " 007 ")).contains(Duration.ofSeconds(7));
        assertThat(asked("Retry-After", "Sat, 28 Nov 2026 12:00:30 GMT")).contains(Duration.ofSeconds(30));
        assertThat(asked("Retry-After", "Sat, 28 Nov 2026 11:00:00 GMT")).as("a date past").contains(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0x10p0", "5d", "1.5", "-3", "+3", "1e3", "NaN", "Infinity", "soon", "", " " })
    void anyOtherFormIsIgnored(String value) {
        assertThat(asked("Retry-After", value)).isEmpty();
        assertThat(asked("X-RateLimit-Reset", value)).isEmpty();
    }

    @Test
    void everyWaitIsCappedAtADay() {
        assertThat(asked("Retry-After", "99999999999999999999")).contains(Duration.ofHours(24));
        assertThat(asked("Retry-After", "86401")).contains(Duration.ofHours(24));
        assertThat(asked("Retry-After", "Fri, 01 Jan 2100 00:00:00 GMT")).contains(Duration.ofHours(24));
        assertThat(asked("X-RateLimit-Reset", "99999999999999999999")).contains(Duration.ofHours(24));
        assertThat(asked("X-RateLimit-Reset", String.valueOf(NOW.instant().getEpochSecond() + 500_000)))
                .contains(Duration.ofHours(24));
    }

    @Test
    void rateLimitResetIsAUnixTimeOrSeconds() {
        assertThat(asked("X-RateLimit-Reset", String.valueOf(NOW.instant().getEpochSecond() + 20)))
                .contains(Duration.ofSeconds(20));
        assertThat(asked("X-RateLimit-Reset", "7")).contains(Duration.ofSeconds(7));
        assertThat(asked("X-RateLimit-Reset", String.valueOf(NOW.instant().getEpochSecond() - 20)))
                .as("a reset already past").contains(Duration.ZERO);
    }

    @Test
    void retryAfterWinsOverRateLimitReset() {
        Map<String, String> headers = Map.of("Retry-After", "2", "X-RateLimit-Reset", "50");

        assertThat(RetryAfter.asked(headers::get, NOW)).contains(Duration.ofSeconds(2));
    }

    @Test
    void aRateLimitExceptionSaysHowLongEvenWhenOnlyXRateLimitResetAsked() {
        ElevenLabsRateLimitException failure = new ElevenLabsRateLimitException(ElevenLabsOperation.delete,
                "https://api.elevenlabs.io/v1/convai/conversations/conv_1", 429, null,
                Map.of("X-RateLimit-Reset", "30"), null);

        assertThat(failure.getRetryAfter()).contains(Duration.ofSeconds(30));
    }
}
