package io.github.camelelevenlabs.examples;

import java.util.Map;

/**
 * An erasure ran out of passes with conversations still listed that none of its passes reached: every pass found more
 * (a cursor that skips, conversations that keep appearing), and the listing after the last one still found some. The
 * summary says how many remain; run the erasure again later, or raise {@code erasure.max-passes}.
 */
public class IncompleteErasureException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final Map<String, Long> summary;

    /**
     * @param summary the erasure's summary, summed over its passes, with {@code passes} and {@code remaining}
     */
    public IncompleteErasureException(Map<String, Long> summary) {
        super("Erasure incomplete: " + summary.get("remaining") + " conversation(s) still listed after "
              + summary.get("passes") + " passes that each found more " + summary
              + ". Run it again later, or raise erasure.max-passes.");
        this.summary = Map.copyOf(summary);
    }

    /**
     * @param summary the erasure's summary, with {@code passes} and {@code remaining}
     * @param why     what stopped it before its passes ran out
     */
    public IncompleteErasureException(Map<String, Long> summary, String why) {
        super("Erasure incomplete: " + summary.get("remaining") + " conversation(s) still listed: " + why + " "
              + summary + ". Run it again later.");
        this.summary = Map.copyOf(summary);
    }

    /** @return how many conversations the listing after the last pass still found */
    public long getRemaining() {
        return summary.get("remaining");
    }

    /** @return the erasure's summary: found, deleted, already-gone, failed, would-delete, passes, remaining */
    public Map<String, Long> getSummary() {
        return summary;
    }
}
