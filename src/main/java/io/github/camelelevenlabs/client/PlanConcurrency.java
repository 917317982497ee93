package io.github.camelelevenlabs.client;

/**
 * The concurrent requests an ElevenLabs account may make, as its plan allows: one per host and key, shared by every
 * endpoint and both transports, because the plan's limit is the account's. Before the first answer it allows the
 * smallest plan's {@value #SMALLEST_PLAN}; then it follows the {@code maximum-concurrent-requests} that every answer
 * reports, up and down.
 * <p>
 * A request ElevenLabs still refuses as over the limit ({@link #isOverLimit}: another application on the account, a
 * plan that just shrank) is backpressure, not failure: the account then allows only the requests it had in flight
 * besides the refused one (at least one), and one more with each answer that reports room to spare
 * ({@code current-concurrent-requests} below the maximum), back up to the plan's. Requests over the limit wait in order without holding a thread ({@link ConcurrencyLimit}).
 */
public final class PlanConcurrency {

    /** The concurrency of the smallest ElevenLabs plan: safe before the account's own is known. */
    static final int SMALLEST_PLAN = 4;

    private final ConcurrencyLimit places = new ConcurrencyLimit(SMALLEST_PLAN);
    // both changed only inside places.updateLimit, under its lock; read without it to skip answers that change nothing
    private volatile int plan = SMALLEST_PLAN;
    private volatile int backedOff = Integer.MAX_VALUE;

    /** @return the queue of requests under the account's limit */
    ConcurrencyLimit places() {
        return places;
    }

    /**
     * Learns from an answer, before its request's place is released: the plan's limit it reports, and whether it
     * refused the request as over the limit.
     */
    void answered(ApiResponse response) {
        int reported = reportedCount(response.header("maximum-concurrent-requests"));
        int current = reportedCount(response.header("current-concurrent-requests"));
        boolean refused = isOverLimit(response);
        if (!refused && (reported == 0 || reported == plan) && backedOff >= plan) {
            // the usual answer: the plan as it was, no back-off to recover from
            return;
        }
        places.updateLimit((limit, inFlight) -> {
            if (reported > 0) {
                plan = reported;
            }
            if (refused) {
                // the account is full with what this process has in flight besides the refused request
                backedOff = Math.max(1, inFlight - 1);
            } else if (backedOff < plan && (current == 0 || current < plan)) {
                // other applications may hold the rest of the plan: grow only while the account has room
                backedOff++;
            }
            return Math.min(plan, backedOff);
        });
    }

    /** @return the plan's limit in force, after any back-off */
    public int limit() {
        return places.limit();
    }

    /** @return the plan's limit as ElevenLabs last reported it ({@value #SMALLEST_PLAN} before its first answer) */
    public int plan() {
        return plan;
    }

    /** @return the account's requests in flight, from every endpoint of this process */
    public int inFlight() {
        return places.inFlight();
    }

    /** @return the account's requests waiting for a place under the plan */
    public int waiting() {
        return places.waiting();
    }

    /**
     * @return true for a 429 that says the account's concurrent requests are all taken ({@code concurrent_limit_exceeded},
     *         or the older {@code too_many_concurrent_requests}): wait for a request in flight to finish, then send it
     *         again. Other 429s ({@code rate_limit_exceeded}) ask to back off, and follow the retry policy.
     */
    static boolean isOverLimit(ApiResponse response) {
        if (response.status() != 429) {
            return false;
        }
        return isOverLimitCode(ErrorBody.parse(response.bodyText()).code());
    }

    /** @return true for the error codes that say the plan's concurrent requests are all taken */
    public static boolean isOverLimitCode(String code) {
        return "concurrent_limit_exceeded".equals(code) || "too_many_concurrent_requests".equals(code);
    }

    /** @return a count the answer reports; 0 when it reports none that can be read */
    private static int reportedCount(String header) {
        if (header == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(header.trim()));
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }
}
