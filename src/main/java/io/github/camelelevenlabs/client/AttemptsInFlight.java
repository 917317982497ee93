package io.github.camelelevenlabs.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The calls an HTTP client has in flight, and the one periodic check of their deadlines: it costs less than
 * scheduling and cancelling a timer per call. Deadlines pass at most {@link #TICK_MILLIS} late.
 *
 * @param <C> the client's calls
 */
final class AttemptsInFlight<C extends AttemptsInFlight.Attempt> {

    /** A call whose deadlines are checked. */
    interface Attempt {
        /** Ends the call if one of its deadlines has passed; it must not block, it runs on the timer thread. */
        void checkDeadlines(long nanoTime);
    }

    /** How often deadlines are checked. */
    static final long TICK_MILLIS = 10;

    private final Set<C> calls = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timers;
    private volatile ScheduledFuture<?> checks;

    /** @param timers checks the deadlines; it must never run route code, which could block it */
    AttemptsInFlight(ScheduledExecutorService timers) {
        this.timers = timers;
    }

    void start() {
        checks = timers.scheduleWithFixedDelay(this::checkDeadlines, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void checkDeadlines() {
        long now = System.nanoTime();
        for (C call : calls) {
            call.checkDeadlines(now);
        }
    }

    /** Stops the checks. @return the calls still in flight, for the client to end */
    Set<C> stop() {
        ScheduledFuture<?> running = checks;
        if (running != null) {
            running.cancel(false);
        }
        return calls;
    }

    void add(C call) {
        calls.add(call);
    }

    void remove(C call) {
        calls.remove(call);
    }
}
