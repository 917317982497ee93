package io.github.camelelevenlabs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Bounds the requests an endpoint has in flight, without holding a thread: a request over the bound waits in a FIFO
 * queue and is started, in order, by the completion that frees a place. It never fails a request for waiting. A
 * synchronous endpoint's caller, which holds its thread anyway, waits in the same queue on that thread
 * ({@link #await}).
 * <p>
 * ElevenLabs reports the plan's bound in the {@code maximum-concurrent-requests} header; when it is lower than the
 * configured one, the limit follows it (and comes back up to the configured one if the plan's grows, starting waiting
 * requests as room appears).
 */
final class ConcurrencyLimit {

    /** Starts run outside any lock; nested starts are queued on the thread, so that a long queue cannot overflow it. */
    private static final ThreadLocal<Deque<Runnable>> STARTING = ThreadLocal.withInitial(ArrayDeque::new);
    private static final ThreadLocal<boolean[]> DRAINING = ThreadLocal.withInitial(() -> new boolean[1]);

    private final int configured;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private int limit;
    private int inFlight;
    private int maxInFlight;

    /**
     * @param configured the bound; 0 or less for none
     */
    ConcurrencyLimit(int configured) {
        this.configured = configured;
        this.limit = configured;
    }

    boolean isBounded() {
        return configured > 0;
    }

    /** Runs {@code request} now if there is room and nothing waits before it, else when a place frees up. */
    void acquire(Runnable request) {
        if (!isBounded()) {
            request.run();
            return;
        }
        List<Runnable> admitted;
        synchronized (this) {
            waiting.addLast(request);
            admitted = admit();
        }
        start(admitted);
    }

    /**
     * Waits on the calling thread for a place, in the same FIFO order, for a blocking transport. The place must be
     * released as after {@link #acquire}.
     *
     * @param  givenUp completes when the caller no longer wants the place; a place granted after that is handed on
     * @return         true with a place taken; false when {@code givenUp} completed or the thread was interrupted first
     */
    boolean await(CompletableFuture<?> givenUp) {
        if (!isBounded()) {
            return true;
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
            return admitted.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // if the place came first it is taken and must be released by the caller
            return !admitted.complete(false);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Frees the place of a request that completed, handing it to the next waiting one. */
    void release() {
        if (!isBounded()) {
            return;
        }
        List<Runnable> admitted;
        synchronized (this) {
            inFlight--;
            admitted = admit();
        }
        start(admitted);
    }

    /** Follows the plan's bound as ElevenLabs reports it, never above the configured one. */
    void adaptTo(String maximumConcurrentRequests) {
        if (!isBounded() || maximumConcurrentRequests == null) {
            return;
        }
        int reported;
        try {
            reported = Integer.parseInt(maximumConcurrentRequests.trim());
        } catch (NumberFormatException unreadable) {
            return;
        }
        if (reported <= 0) {
            return;
        }
        List<Runnable> admitted;
        synchronized (this) {
            limit = Math.min(configured, reported);
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
