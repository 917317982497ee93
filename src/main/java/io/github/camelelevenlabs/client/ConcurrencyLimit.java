package io.github.camelelevenlabs.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntBinaryOperator;

/**
 * A bound on requests in flight that holds no thread: a request over the bound waits in a FIFO queue and is started, in
 * order, by the completion that frees a place. It never fails a request for waiting. A blocking caller, which holds its
 * thread anyway, waits in the same queue on that thread ({@link #await}). The bound can change while requests wait
 * ({@link #updateLimit}): lowered, no new request starts until fewer are in flight; raised, waiting ones start at once.
 * {@link PlanConcurrency} uses one for an account's plan, and an endpoint's {@code maxConcurrentRequests} is another.
 */
public final class ConcurrencyLimit {

    /** Starts run outside any lock; nested starts are queued on the thread, so that a long queue cannot overflow it. */
    private static final ThreadLocal<Deque<Runnable>> STARTING = ThreadLocal.withInitial(ArrayDeque::new);
    private static final ThreadLocal<boolean[]> DRAINING = ThreadLocal.withInitial(() -> new boolean[1]);

    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private int limit;
    private int inFlight;
    private int maxInFlight;

    /**
     * @param limit the bound, at least 1
     */
    public ConcurrencyLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A concurrency limit is at least 1, not " + limit);
        }
        this.limit = limit;
    }

    /** Runs {@code request} now if there is room and nothing waits before it, else when a place frees up. */
    void acquire(Runnable request) {
        List<Runnable> admitted;
        synchronized (this) {
            if (takePlaceAtOnce()) {
                admitted = List.of(request);
            } else {
                waiting.addLast(request);
                admitted = admit();
            }
        }
        start(admitted);
    }

    /** @return true with a place taken, when there is room and nobody waits before: every call within the plan */
    private boolean takePlaceAtOnce() {
        if (inFlight >= limit || !waiting.isEmpty()) {
            return false;
        }
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        return true;
    }

    /**
     * Waits on the calling thread for a place, in the same FIFO order, for a blocking transport. The place must be
     * released as after {@link #acquire}.
     *
     * @param  givenUp       completes when the caller no longer wants the place; a place granted after that is handed
     *                       on
     * @param  timeoutNanos  how long to wait at most
     * @return               true with a place taken; false when {@code givenUp} completed, the deadline passed or the
     *                       thread was interrupted first
     */
    boolean await(CompletableFuture<?> givenUp, long timeoutNanos) {
        synchronized (this) {
            if (takePlaceAtOnce()) {
                return true;
            }
        }
        CompletableFuture<Boolean> admitted = new CompletableFuture<>();
        acquire(() -> {
            if (!admitted.complete(true)) {
                release();
            }
        });
        if (admitted.isDone()) {
            return true;
        }
        givenUp.whenComplete((result, failure) -> admitted.complete(false));
        try {
            return admitted.get(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // if the place came first it is taken and must be released by the caller
            return !admitted.complete(false);
        } catch (TimeoutException waitedLongEnough) {
            // the same: a place granted from now on is handed on by the queued request itself
            return !admitted.complete(false);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Frees the place of a request that completed, handing it to the next waiting one. */
    void release() {
        List<Runnable> admitted;
        synchronized (this) {
            inFlight--;
            admitted = admit();
        }
        start(admitted);
    }

    /**
     * Changes the bound, starting waiting requests if it rose.
     *
     * @param update the new bound from the current one and the requests in flight, applied under this limit's lock so
     *               that updates from concurrent answers apply in turn; at least 1
     */
    void updateLimit(IntBinaryOperator update) {
        List<Runnable> admitted;
        synchronized (this) {
            limit = Math.max(1, update.applyAsInt(limit, inFlight));
            admitted = admit();
        }
        start(admitted);
    }

    /** Takes waiting requests, in order, into the room there is. Called holding the lock. */
    private List<Runnable> admit() {
        if (inFlight >= limit || waiting.isEmpty()) {
            return List.of();
        }
        List<Runnable> admitted = new ArrayList<>(Math.min(waiting.size(), limit - inFlight));
        while (inFlight < limit && !waiting.isEmpty()) {
            inFlight++;
            admitted.add(waiting.pollFirst());
        }
        maxInFlight = Math.max(maxInFlight, inFlight);
        return admitted;
    }

    synchronized int limit() {
        return limit;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized int waiting() {
        return waiting.size();
    }

    synchronized int maxInFlight() {
        return maxInFlight;
    }

    private static void start(List<Runnable> requests) {
        if (requests.isEmpty()) {
            return;
        }
        Deque<Runnable> starting = STARTING.get();
        starting.addAll(requests);
        boolean[] draining = DRAINING.get();
        if (draining[0]) {
            return;
        }
        draining[0] = true;
        try {
            Runnable next;
            while ((next = starting.pollFirst()) != null) {
                next.run();
            }
        } finally {
            draining[0] = false;
        }
    }
}
