package io.github.camelelevenlabs.examples;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Adds up a user's erasure as the split goes: how many conversations were found, deleted, already gone and failed. The
 * split's result body is the summary.
 */
public class ErasureSummary implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        Exchange result = oldExchange != null ? oldExchange : newExchange;
        @SuppressWarnings("unchecked")
        Map<String, Long> summary = oldExchange != null ? result.getMessage().getBody(Map.class) : empty();
        String outcome = newExchange.getMessage().getHeader(ErasureAudit.OUTCOME, "failed", String.class);
        summary.merge("found", 1L, Long::sum);
        summary.merge(outcome, 1L, Long::sum);
        result.getMessage().setBody(summary);
        return result;
    }

    private static Map<String, Long> empty() {
        Map<String, Long> summary = new LinkedHashMap<>();
        summary.put("found", 0L);
        summary.put("deleted", 0L);
        summary.put("already-gone", 0L);
        summary.put("failed", 0L);
        summary.put("would-delete", 0L);
        return summary;
    }
}
