package io.github.camelelevenlabs;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Bounds the requests an endpoint has in flight, without holding a thread: a request over the bound waits in a FIFO
 * queue and is started, in order, by the completion that frees a place. It never fails a request for waiting.
 * <p>
 * ElevenLabs reports the plan's bound in the {@code maximum-concurrent-requests} header; when it is lower than the
 * configured one, the limit follows it (and comes back up to the configured one if the plan's grows).
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

    /** Runs {@code request} now if there is room, else when a place frees up. */
    void acquire(Runnable request) {
        if (!isBounded()) {
            request.run();
            return;
        }
        synchronized (this) {
            if (inFlight >= limit) {
                waiting.addLast(request);
                return;
            }
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
        }
        start(request);
    }

    /** Frees the place of a request that completed, handing it to the next waiting one. */
    void release() {
        if (!isBounded()) {
            return;
        }
        Runnable next = null;
        synchronized (this) {
            if (inFlight <= limit && !waiting.isEmpty()) {
                next = waiting.pollFirst();
            } else {
                inFlight--;
            }
        }
        if (next != null) {
            start(next);
        }
    }

    /** Follows the plan's bound as ElevenLabs reports it, never above the configured one. */
    void adaptTo(String maximumConcurrentRequests) {
        if (!isBounded() || maximumConcurrentRequests == null) {
            return;
        }
        try {
            int reported = Integer.parseInt(maximumConcurrentRequests.trim());
            if (reported > 0) {
                synchronized (this) {
                    limit = Math.min(configured, reported);
                }
            }
        } catch (NumberFormatException unreadable) {
            // keep the current limit
        }
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

    private static void start(Runnable request) {
        Deque<Runnable> starting = STARTING.get();
        starting.addLast(request);
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
