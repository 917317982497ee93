package io.github.camelelevenlabs;

import java.time.Instant;
import java.util.Map;

/**
 * One conversation as {@code operation=list} returns it. Its getters work in the simple language:
 * {@code ${body.conversationId}}, {@code ${body.startTime}}.
 */
public final class ConversationSummary {

    private final String conversationId;
    private final String agentId;
    private final String agentName;
    private final long startTimeUnixSecs;
    private final long callDurationSecs;
    private final String status;
    private final String callSuccessful;

    /**
     * @param conversationId    the conversation's id
     * @param agentId           the agent that held it
     * @param agentName         the agent's name, may be null
     * @param startTimeUnixSecs when it started, in seconds since the epoch
     * @param callDurationSecs  how long it lasted
     * @param status            such as {@code done}
     * @param callSuccessful    {@code success}, {@code failure} or {@code unknown}; may be null
     */
    public ConversationSummary(String conversationId, String agentId, String agentName, long startTimeUnixSecs,
                               long callDurationSecs, String status, String callSuccessful) {
        this.conversationId = conversationId;
        this.agentId = agentId;
        this.agentName = agentName;
        this.startTimeUnixSecs = startTimeUnixSecs;
        this.callDurationSecs = callDurationSecs;
        this.status = status;
        this.callSuccessful = callSuccessful;
    }

    static ConversationSummary of(Map<?, ?> json) {
        return new ConversationSummary(text(json, "conversation_id"), text(json, "agent_id"),
                text(json, "agent_name"), number(json, "start_time_unix_secs"), number(json, "call_duration_secs"),
                text(json, "status"), text(json, "call_successful"));
    }

    private static String text(Map<?, ?> json, String field) {
        Object value = json.get(field);
        return value == null ? null : value.toString();
    }

    private static long number(Map<?, ?> json, String field) {
        Object value = json.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    /** @return the conversation's id, to delete or get it */
    public String getConversationId() {
        return conversationId;
    }

    /** @return the agent that held the conversation */
    public String getAgentId() {
        return agentId;
    }

    /** @return the agent's name, may be null */
    public String getAgentName() {
        return agentName;
    }

    /** @return when the conversation started, in seconds since the epoch */
    public long getStartTimeUnixSecs() {
        return startTimeUnixSecs;
    }

    /** @return when the conversation started */
    public Instant getStartTime() {
        return Instant.ofEpochSecond(startTimeUnixSecs);
    }

    /** @return how long the call lasted, in seconds */
    public long getCallDurationSecs() {
        return callDurationSecs;
    }

    /** @return the conversation's status, such as {@code done} */
    public String getStatus() {
        return status;
    }

    /** @return {@code success}, {@code failure} or {@code unknown}; may be null */
    public String getCallSuccessful() {
        return callSuccessful;
    }

    @Override
    public String toString() {
        return "ConversationSummary[" + conversationId + ", agent " + agentId + ", started " + getStartTime() + ", "
               + callDurationSecs + " s, " + status + ", " + callSuccessful + "]";
    }
}
