package io.github.camelelevenlabs.examples;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelelevenlabs.ElevenLabsConstants;
import io.github.camelelevenlabs.ElevenLabsException;
import io.github.camelelevenlabs.ElevenLabsTransportException;
import org.apache.camel.Exchange;

/**
 * Writes one JSON record per erasure request, for the audit trail: what was asked, what happened, and ElevenLabs'
 * request id to quote to its support. Used as a bean by the Java and the YAML erasure routes alike: as lines of a file
 * ({@link #completed}, {@link #failed}, {@link #refused}) or as records of a topic ({@link #completedRecord},
 * {@link #failedRecord}).
 */
public class ErasureAudit {

    /**
     * The header each audited request gets: deleted, already-gone, would-delete, failed, refused, no-conversations or
     * erased.
     */
    public static final String OUTCOME = "ErasureOutcome";

    /** An optional header naming the instance that did the work, for pipelines that run several. */
    public static final String INSTANCE = "ErasureInstance";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return the audit line of a request that completed: deleted, or already gone */
    public String completed(Exchange exchange) throws JsonProcessingException {
        return completedRecord(exchange) + "\n";
    }

    /** @return the audit line of a request that failed, with the reason */
    public String failed(Exchange exchange) throws JsonProcessingException {
        return failedRecord(exchange) + "\n";
    }

    /** @return the audit record (JSON) of a request that completed: deleted, or already gone */
    public String completedRecord(Exchange exchange) throws JsonProcessingException {
        boolean gone = Boolean.TRUE.equals(exchange.getMessage().getHeader(ElevenLabsConstants.NOT_FOUND));
        boolean dryRun = Boolean.TRUE.equals(exchange.getMessage().getHeader(ElevenLabsConstants.DRY_RUN));
        return JSON.writeValueAsString(record(exchange, dryRun ? "would-delete" : gone ? "already-gone" : "deleted"));
    }

    /**
     * @return the audit line of a user's erasure refused before any listing: the user id as given (the body: null, a
     *         list, a number...) and why ({@link UserIdRule})
     */
    public String refused(Exchange exchange) throws JsonProcessingException {
        Object userId = exchange.getMessage().getBody();
        Map<String, Object> record = record(exchange, "refused");
        record.put("userId", userId);
        record.put("reason", UserIdRule.refusal(userId));
        return JSON.writeValueAsString(record) + "\n";
    }

    /** @return the audit record (JSON) of a user's erasure that found no conversation */
    public String noConversationsRecord(Exchange exchange) throws JsonProcessingException {
        return JSON.writeValueAsString(record(exchange, "no-conversations"));
    }

    /**
     * @return the audit record (JSON) of a user's erasure that is complete: a listing found nothing left to try, after
     *         the rounds and conversations in the variables "erasureRound" and "erasureFound"
     */
    public String erasedRecord(Exchange exchange) throws JsonProcessingException {
        Map<String, Object> record = record(exchange, "erased");
        record.put("rounds", exchange.getVariable("erasureRound"));
        record.put("conversations", exchange.getVariable("erasureFound"));
        return JSON.writeValueAsString(record);
    }

    /** @return the audit record (JSON) of a request that failed, with the exception's type and message */
    public String failedRecord(Exchange exchange) throws JsonProcessingException {
        Map<String, Object> record = record(exchange, "failed");
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (cause != null) {
            record.put("error", cause.getClass().getSimpleName());
            record.put("reason", cause.getMessage());
            if (cause instanceof ElevenLabsException failure) {
                record.put("status", failure.getStatusCode());
                record.put("requestId", failure.getRequestId());
            } else if (!(cause instanceof ElevenLabsTransportException)) {
                // not a call's failure (an archive not whole, a route missing): the headers are an earlier call's
                record.remove("attempts");
                record.remove("requestId");
            }
        }
        return JSON.writeValueAsString(record);
    }

    private static Map<String, Object> record(Exchange exchange, String outcome) {
        exchange.getMessage().setHeader(OUTCOME, outcome);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("time", Instant.now().toString());
        record.put("conversationId", exchange.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID));
        record.put("outcome", outcome);
        record.put("attempts", exchange.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS));
        Object requestId = exchange.getMessage().getHeader(ElevenLabsConstants.REQUEST_ID);
        if (requestId != null) {
            record.put("requestId", requestId);
        }
        Object userId = exchange.getMessage().getHeader(ElevenLabsConstants.USER_ID);
        if (userId != null) {
            record.put("userId", userId);
        }
        Object instance = exchange.getMessage().getHeader(INSTANCE);
        if (instance != null) {
            record.put("instance", instance);
        }
        Object archive = exchange.getVariable(ConversationArchive.VARIABLE);
        if (archive != null) {
            record.put("archive", archive);
        }
        return record;
    }
}
