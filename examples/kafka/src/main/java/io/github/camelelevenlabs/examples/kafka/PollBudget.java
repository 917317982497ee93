package io.github.camelelevenlabs.examples.kafka;

import java.time.Duration;

/**
 * How long one poll of the Kafka erasure pipeline can take at worst, and so the {@code max.poll.interval.ms} its
 * consumer needs: Kafka takes a partition away from a consumer that does not poll again within it, and the request
 * being worked on is then done twice while the first is still going.
 * <p>
 * A poll hands over {@code maxPollRecords} requests, done one after the other. Every request, a conversation's or one
 * round of a user's, takes at most {@value #STEPS} steps that can each fail and be redelivered by the route: one call
 * to ElevenLabs (a delete, or the first page of a user's conversations) and up to three records sent to Kafka (the
 * audit record, a dead letter, or a round's requests for the next round). So, at worst:
 * <pre>
 * call     = concurrencyLimitTimeout + (maxRetries + 2) x (connectTimeout + requestTimeout) + maxRetries x maxRetryDelay
 * step     = call + 3 x kafkaDeliveryTimeout
 * request  = (redeliveries + 1) x step + STEPS x (the route's redelivery delays, summed)
 * poll     = maxPollRecords x request
 * </pre>
 * The call's terms: requests refused as over the plan are sent again for up to {@code concurrencyLimitTimeout} (plus
 * the one request under way when it passes), then the first try and {@code maxRetries} retries, each connecting and
 * answering within its deadlines, with a wait of at most {@code maxRetryDelay} before each retry. A wait for a place
 * under the plan is not counted: it is bounded by the calls of this instance's other consumers, which the plan's 4 or
 * more places serve at once as long as an instance runs no more consumers than the plan allows.
 *
 * @param maxPollRecords         the requests one poll hands over
 * @param connectTimeout         the ElevenLabs endpoints' {@code connectTimeout}
 * @param requestTimeout         their {@code requestTimeout}
 * @param maxRetries             their {@code maxRetries}
 * @param maxRetryDelay          their {@code maxRetryDelay}
 * @param concurrencyLimitTimeout their {@code concurrencyLimitTimeout}
 * @param kafkaDeliveryTimeout   the Kafka producers' {@code delivery.timeout.ms}
 * @param redeliveries           the route's {@code maximumRedeliveries}
 * @param redeliveryDelays       the route's waits before its redeliveries, summed
 */
public record PollBudget(int maxPollRecords, Duration connectTimeout, Duration requestTimeout, int maxRetries,
                         Duration maxRetryDelay, Duration concurrencyLimitTimeout, Duration kafkaDeliveryTimeout,
                         int redeliveries, Duration redeliveryDelays) {

    /** The steps of one request that can fail and be redelivered: one ElevenLabs call and three Kafka sends. */
    public static final int STEPS = 4;

    /** @return the longest one call to ElevenLabs can take, retries and refusals included */
    public Duration call() {
        return concurrencyLimitTimeout.plus(connectTimeout.plus(requestTimeout).multipliedBy(maxRetries + 2L))
                .plus(maxRetryDelay.multipliedBy(maxRetries));
    }

    /** @return the longest one request can take, the route's redeliveries included */
    public Duration request() {
        Duration step = call().plus(kafkaDeliveryTimeout.multipliedBy(STEPS - 1L));
        return step.multipliedBy(redeliveries + 1L).plus(redeliveryDelays.multipliedBy(STEPS));
    }

    /** @return the longest one poll can take */
    public Duration poll() {
        return request().multipliedBy(maxPollRecords);
    }

    /** @return the {@code max.poll.interval.ms} the consumer needs: the longest poll, and a minute for the rest */
    public long maxPollIntervalMs() {
        return poll().plusMinutes(1).toMillis();
    }

    /**
     * @param  initialDelay the first redelivery's wait
     * @param  multiplier   how much each next wait grows
     * @param  maxDelay     the longest wait
     * @param  redeliveries how many redeliveries
     * @return              the waits of an exponential back-off, summed, as Camel's redelivery policy makes them
     */
    public static Duration exponentialDelays(Duration initialDelay, double multiplier, Duration maxDelay,
                                             int redeliveries) {
        long sum = 0;
        double delay = initialDelay.toMillis();
        for (int i = 0; i < redeliveries; i++) {
            sum += (long) Math.min(delay, maxDelay.toMillis());
            delay *= multiplier;
        }
        return Duration.ofMillis(sum);
    }
}
