package io.github.camelelevenlabs.examples.kafka;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worst case of one poll of the Kafka pipeline, term by term, with the pipeline's default settings: the figures
 * docs/scaling.md shows.
 */
class PollBudgetTest {

    private static final PollBudget DEFAULTS = new PollBudget(1, Duration.ofSeconds(5), Duration.ofSeconds(20), 2,
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30), 5,
            PollBudget.exponentialDelays(Duration.ofSeconds(1), 2, Duration.ofSeconds(30), 5));

    @Test
    void theRoutesRedeliveryWaitsAreOneTwoFourEightAndSixteenSeconds() {
        assertThat(DEFAULTS.redeliveryDelays()).isEqualTo(Duration.ofSeconds(31));
        assertThat(PollBudget.exponentialDelays(Duration.ofSeconds(1), 2, Duration.ofSeconds(5), 5))
                .as("each wait capped at the longest").isEqualTo(Duration.ofSeconds(1 + 2 + 4 + 5 + 5));
    }

    @Test
    void oneCallIsItsRefusalsThenEveryAttemptAtItsDeadlinesAndTheWaitsBetween() {
        // 30 s of refusals, then 4 requests of 5 s + 20 s (the one under way, the first try, two retries), 2 x 10 s
        assertThat(DEFAULTS.call()).isEqualTo(Duration.ofSeconds(30 + 4 * 25 + 2 * 10));
    }

    @Test
    void oneRequestIsEveryStepRedeliveredFiveTimesWithTheWaitsBetween() {
        Duration step = Duration.ofSeconds(150 + 3 * 30);
        assertThat(DEFAULTS.request()).isEqualTo(step.multipliedBy(6).plus(Duration.ofSeconds(4 * 31)));
        assertThat(DEFAULTS.request()).isEqualTo(Duration.ofSeconds(1_564));
    }

    @Test
    void theConsumerMayTakeAMinuteMoreThanTheWorstPoll() {
        assertThat(DEFAULTS.poll()).isEqualTo(DEFAULTS.request());
        assertThat(DEFAULTS.maxPollIntervalMs()).isEqualTo(1_624_000L);
        assertThat(new PollBudget(3, Duration.ofSeconds(5), Duration.ofSeconds(20), 2, Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofSeconds(30), 5, Duration.ofSeconds(31)).poll())
                .as("three requests a poll, one after the other").isEqualTo(Duration.ofSeconds(3 * 1_564));
    }
}
