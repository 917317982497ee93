package io.github.camelelevenlabs.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How long an answer asks the client to wait: the one place that reads {@code Retry-After} and
 * {@code X-RateLimit-Reset}, for the retry policy and for {@code ElevenLabsException.getRetryAfter()} alike.
 * <ul>
 * <li>{@code Retry-After}: delta-seconds (digits only) or an HTTP date, as HTTP defines it;</li>
 * <li>else {@code X-RateLimit-Reset}: digits only, a Unix time in seconds when it is one (after 2001), else a number of
 * seconds to wait, as the official SDKs read it.</li>
 * </ul>
 * Anything else (a sign, a fraction, hex, units, text) is ignored, and every wait is capped at {@value #MAX_HOURS}
 * hours, so that a hostile or broken value cannot become a wait of centuries.
 */
public final class RetryAfter {

    /** The longest wait an answer can ask for; a longer one counts as this. */
    static final long MAX_HOURS = 24;

    private static final Duration MAX = Duration.ofHours(MAX_HOURS);
    /** A value of X-RateLimit-Reset above this is a Unix time (September 2001 on), below it a number of seconds. */
    private static final long UNIX_TIME_FROM = 1_000_000_000L;

    private RetryAfter() {
    }

    /**
     * @param  header how to read the answer's headers, by name
     * @return        the wait the answer asks for, between zero and {@value #MAX_HOURS} hours; empty when it asks none
     *                that can be read
     */
    public static Optional<Duration> asked(UnaryOperator<String> header, Clock clock) {
        Optional<Duration> retryAfter = parse(header.apply("Retry-After"), clock);
        return retryAfter.isPresent() ? retryAfter : rateLimitReset(header.apply("X-RateLimit-Reset"), clock);
    }

    /** @return the wait a {@code Retry-After} value asks for; empty when it is absent or not HTTP's form */
    static Optional<Duration> parse(String value, Clock clock) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.trim();
        if (isDigits(text)) {
            return Optional.of(seconds(text));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(capped(Duration.between(clock.instant(), when.toInstant())));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> rateLimitReset(String value, Clock clock) {
        if (value == null || !isDigits(value.trim())) {
            return Optional.empty();
        }
        String significant = value.trim().replaceFirst("^0+(?=.)", "");
        if (significant.length() > 18) {
            // beyond any Unix time or wait that can be meant
            return Optional.of(MAX);
        }
        long number = Long.parseLong(significant);
        if (number < UNIX_TIME_FROM) {
            return Optional.of(capped(Duration.ofSeconds(number)));
        }
        // a Unix time: the wait is until then
        return Optional.of(capped(Duration.ofSeconds(number - clock.millis() / 1000)));
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** @return the digits as seconds, capped; however many digits there are */
    private static Duration seconds(String digits) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > 18) {
            return MAX;
        }
        return capped(Duration.ofSeconds(Long.parseLong(significant)));
    }

    private static Duration capped(Duration wait) {
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
