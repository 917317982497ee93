package io.github.camelelevenlabs.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelelevenlabs.ElevenLabsTransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical call to ElevenLabs: its attempts, each within the account's plan ({@link PlanConcurrency}) and the
 * endpoint's {@code maxConcurrentRequests} if it has one, with the waits the retry policy asks for in between. A
 * request refused as over the plan's concurrency is sent again without spending a retry. With the non-blocking
 * transport, waiting is scheduled, never slept, so no thread is held; with the blocking one the calling thread, which waits for the answer anyway, also waits for its turn and its retries. The
 * result completes exactly once: with the final answer (which may be an error status), a transport failure, or
 * {@link #abandon} when the producer stops; after that no further attempt starts.
 */
public final class ApiCall {

    private static final Logger LOG = LoggerFactory.getLogger(ApiCall.class);

    /** The requests a logical call, or a series of them (the pages of a list), took in all. */
    public static final class Attempts {
        private int count;

    public     synchronized void record(int attempts) {
            count += attempts;
        }

    public     synchronized int count() {
            return count;
        }
    }

    private final ApiTransport transport;
    private final ConcurrencyLimit ceiling;
    private final PlanConcurrency plan;
    private final RetryPolicy policy;
    private final ScheduledExecutorService timers;
    private final String method;
    private final RequestTarget target;
    private final AnswerKind kind;
    private final ApiKey apiKey;
    private final CallTimeouts timeouts;
    private final CompletableFuture<ApiResponse> result = new CompletableFuture<>();
    private CallObserver observer = CallObserver.NONE;
    private volatile int attempts;
    // changed by one attempt's answer at a time: attempts follow one another
    private int retries;
    /** Refusals over the plan in a row, for the back-off between them. */
    private int refusals;
    /** When the call was first refused over the plan, by System.nanoTime; 0 before. */
    private long firstRefusal;

    /**
     * @param ceiling      the endpoint's own bound under the plan; null for none
     * @param plan         the account's concurrency
     * @param kind         what the answer's body is
     * @param timeouts     each attempt's; its connection wait also bounds the wait for places
     */
    public ApiCall(ApiTransport transport, ConcurrencyLimit ceiling, PlanConcurrency plan, RetryPolicy policy,
            ScheduledExecutorService timers, String method, RequestTarget target, AnswerKind kind, ApiKey apiKey,
            CallTimeouts timeouts) {
        this.transport = transport;
        this.ceiling = ceiling;
        this.plan = plan;
        this.policy = policy;
        this.timers = timers;
        this.method = method;
        this.target = target;
        this.kind = kind;
        this.apiKey = apiKey;
        this.timeouts = timeouts;
    }

    /** @return this call, reporting its waits, requests, retries and refusals to {@code observer} */
    public ApiCall observedBy(CallObserver observer) {
        this.observer = observer;
        return this;
    }

    /** @return the result; with a blocking transport it is complete on return */
    public CompletableFuture<ApiResponse> start() {
        if (transport.isBlocking()) {
            attemptOnCallingThread();
        } else {
            acquirePlaces();
        }
        return result;
    }

    /** @return the number of requests sent so far */
    public int attempts() {
        return attempts;
    }

    /** Fails the call unless it has completed; a pending retry then never starts. */
    public void abandon(String why) {
        result.completeExceptionally(TransportFailures.failed(describe(),
                "was abandoned after " + attempts + " attempt(s): " + why, null));
    }

    private String describe() {
        return method + " " + target;
    }

    /**
     * Starts the next attempt once it has a place under the endpoint's bound, then one under the plan's; fails the
     * call instead when that takes longer than the connection wait. A place granted after that is handed on.
     */
    private void acquirePlaces() {
        PlaceWait wait = new PlaceWait(observer);
        observer.waitStarted();
        Runnable withPlan = () -> {
            if (wait.start()) {
                attempt();
            } else {
                releasePlaces();
            }
        };
        if (ceiling == null) {
            plan.places().acquire(withPlan);
        } else {
            ceiling.acquire(() -> {
                if (wait.isGivenUp()) {
                    ceiling.release();
                } else {
                    plan.places().acquire(withPlan);
                }
            });
        }
        if (wait.isWaiting()) {
            try {
                wait.deadline = timers.schedule(() -> {
                    if (wait.giveUp()) {
                        result.completeExceptionally(waitedTooLongForAPlace());
                    }
                }, timeouts.connectionWait(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // the component is stopping, which abandons the call
            }
        }
    }

    private ElevenLabsTransportException waitedTooLongForAPlace() {
        return TransportFailures.notSentInTime(describe(), timeouts.connectionWait(),
                "a place under the plan's concurrency");
    }

    /** One wait for places: ended by the grant or by the deadline, whichever comes first. */
    private static final class PlaceWait {
        private static final int WAITING = 0;
        private static final int STARTED = 1;
        private static final int GIVEN_UP = 2;
        private final AtomicInteger state = new AtomicInteger();
        private final CallObserver observer;
        private volatile ScheduledFuture<?> deadline;

        PlaceWait(CallObserver observer) {
            this.observer = observer;
        }

        boolean start() {
            boolean started = state.compareAndSet(WAITING, STARTED);
            ScheduledFuture<?> timer = deadline;
            if (started) {
                observer.waitEnded();
                if (timer != null) {
                    timer.cancel(false);
                }
            }
            return started;
        }

        boolean giveUp() {
            boolean gaveUp = state.compareAndSet(WAITING, GIVEN_UP);
            if (gaveUp) {
                observer.waitEnded();
            }
            return gaveUp;
        }

        boolean isWaiting() {
            return state.get() == WAITING;
        }

        boolean isGivenUp() {
            return state.get() == GIVEN_UP;
        }
    }

    /** The same as {@link #acquirePlaces} on the calling thread; false when it gave up, holding no place. */
    private boolean awaitPlaces() {
        observer.waitStarted();
        try {
            return awaitPlacesWithin();
        } finally {
            observer.waitEnded();
        }
    }

    private boolean awaitPlacesWithin() {
        long timeout = timeouts.connectionWaitNanos();
        long start = System.nanoTime();
        if (ceiling != null && !ceiling.await(result, timeout)) {
            return false;
        }
        if (plan.places().await(result, timeout - (System.nanoTime() - start))) {
            return true;
        }
        if (ceiling != null) {
            ceiling.release();
        }
        return false;
    }

    private void releasePlaces() {
        plan.places().release();
        if (ceiling != null) {
            ceiling.release();
        }
    }

    private void attempt() {
        if (result.isDone()) {
            releasePlaces();
            return;
        }
        attempts++;
        observer.requestSent();
        transport.send(method, target, apiKey, timeouts, kind).whenComplete((response, failure) -> {
            observer.requestEnded();
            if (failure != null) {
                failed(failure);
                return;
            }
            answered(response).ifPresent(delay -> scheduleRetry(delay, response));
        });
    }

    /** The same attempts as {@link #attempt}, one after the other on the calling thread. */
    private void attemptOnCallingThread() {
        Optional<Duration> delay;
        ApiResponse response;
        do {
            if (!awaitPlaces()) {
                // abandoned (already failed), interrupted, or waited past its time
                result.completeExceptionally(Thread.currentThread().isInterrupted()
                        ? TransportFailures.failed(describe(), "was interrupted while waiting for its turn",
                                null)
                        : waitedTooLongForAPlace());
                return;
            }
            if (result.isDone()) {
                releasePlaces();
                return;
            }
            attempts++;
            observer.requestSent();
            try {
                response = transport.send(method, target, apiKey, timeouts, kind).join();
            } catch (CompletionException failure) {
                // a transport fails only this way (ApiTransport), so the place is always released
                observer.requestEnded();
                failed(failure.getCause());
                return;
            }
            observer.requestEnded();
            delay = answered(response);
        } while (delay.isPresent() && waitedBeforeRetry(delay.get(), response));
    }

    private void failed(Throwable failure) {
        releasePlaces();
        result.completeExceptionally(failure);
    }

    /** @return the wait before the next attempt; empty when the answer is final, the result then completed */
    private Optional<Duration> answered(ApiResponse response) {
        // the plan learns from the answer while its request still counts as in flight
        plan.answered(response);
        releasePlaces();
        boolean overPlan = PlanConcurrency.isOverLimit(response);
        if (response.status() == 429) {
            observer.refused(overPlan);
        }
        Optional<Duration> delay;
        if (overPlan) {
            long now = System.nanoTime();
            if (firstRefusal == 0) {
                // the window opens once per call: retries in between do not open another
                firstRefusal = now;
            }
            delay = policy.delayBeforeResend(++refusals, Duration.ofNanos(now - firstRefusal), response);
        } else {
            refusals = 0;
            delay = policy.delayBefore(retries + 1, response);
        }
        if (delay.isEmpty() || result.isDone()) {
            completeWith(response);
            return Optional.empty();
        }
        // the answer is replaced by the retry's
        response.discardBody();
        if (overPlan) {
            LOG.debug("{} {} was refused as over the plan's concurrency (request-id {}): sent again in {} ms", method,
                    target, ServerText.shown(response.header("request-id")), delay.get().toMillis());
        } else {
            retries++;
            observer.retried();
            LOG.debug("{} {} answered HTTP {} (request-id {}): retry {} of {} in {} ms", method, target,
                    response.status(), ServerText.shown(response.header("request-id")), retries, policy.maxRetries(),
                    delay.get().toMillis());
        }
        return delay;
    }

    /** @return true after the delay; false when the call was abandoned or the thread interrupted meanwhile */
    private boolean waitedBeforeRetry(Duration delay, ApiResponse lastAnswer) {
        try {
            // only abandon completes the result meanwhile, and it ends the wait at once
            result.get(delay.toMillis(), TimeUnit.MILLISECONDS);
            return false;
        } catch (TimeoutException waited) {
            return true;
        } catch (ExecutionException | CancellationException abandoned) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // the thread is asked to stop: hand back the last answer rather than losing the exchange
            completeWith(lastAnswer);
            return false;
        }
    }

    private void scheduleRetry(Duration delay, ApiResponse lastAnswer) {
        try {
            timers.schedule(this::acquirePlaces, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the component is stopping: hand back the last answer rather than losing the exchange
            completeWith(lastAnswer);
        }
    }

    /** Completes the call with an answer, unless it was abandoned: then nobody takes the answer's body. */
    private void completeWith(ApiResponse response) {
        if (!result.complete(response)) {
            response.discardBody();
        }
    }
}
