package io.github.camelelevenlabs;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToIntFunction;

import io.github.camelelevenlabs.client.CallObserver;
import io.github.camelelevenlabs.client.PlanConcurrency;

/**
 * What one endpoint has done since it started, for its JMX attributes: the outcome of each delete, the retries and
 * 429s of its calls, and its calls waiting and in flight; with the account's plan, which every endpoint of the account
 * shares.
 */
final class EndpointActivity implements CallObserver {

    private final LongAdder deleted = new LongAdder();
    private final LongAdder alreadyGone = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder dryRuns = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder overPlanRefusals = new LongAdder();
    private final LongAdder rateLimitRefusals = new LongAdder();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile PlanConcurrency plan;

    void deleted() {
        deleted.increment();
    }

    void alreadyGone() {
        alreadyGone.increment();
    }

    void deleteFailed() {
        failed.increment();
    }

    void dryRun() {
        dryRuns.increment();
    }

    /** The account's plan, once a producer of the endpoint has started. */
    void usesPlan(PlanConcurrency plan) {
        this.plan = plan;
    }

    @Override
    public void waitStarted() {
        waiting.incrementAndGet();
    }

    @Override
    public void waitEnded() {
        waiting.decrementAndGet();
    }

    @Override
    public void requestSent() {
        inFlight.incrementAndGet();
    }

    @Override
    public void requestEnded() {
        inFlight.decrementAndGet();
    }

    @Override
    public void retried() {
        retries.increment();
    }

    @Override
    public void refused(boolean overPlan) {
        (overPlan ? overPlanRefusals : rateLimitRefusals).increment();
    }

    long deletedCount() {
        return deleted.sum();
    }

    long alreadyGoneCount() {
        return alreadyGone.sum();
    }

    long failedCount() {
        return failed.sum();
    }

    long dryRunCount() {
        return dryRuns.sum();
    }

    long retryCount() {
        return retries.sum();
    }

    long overPlanRefusalCount() {
        return overPlanRefusals.sum();
    }

    long rateLimitRefusalCount() {
        return rateLimitRefusals.sum();
    }

    int waitingCount() {
        return waiting.get();
    }

    int inFlightCount() {
        return inFlight.get();
    }

    /** @return a figure of the account's plan; 0 before a producer of the endpoint started */
    int ofPlan(ToIntFunction<PlanConcurrency> figure) {
        PlanConcurrency known = plan;
        return known == null ? 0 : figure.applyAsInt(known);
    }
}
