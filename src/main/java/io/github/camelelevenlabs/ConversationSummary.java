package io.github.camelelevenlabs;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelelevenlabs.client.ServerText;

/**
 * One conversation as {@code operation=list} returns it. Its getters work in the simple language:
 * {@code ${body.conversationId}}, {@code ${body.startTime}}. Read from ElevenLabs' JSON by Jackson, which ignores the
 * fields it does not keep.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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
    @JsonCreator
    public ConversationSummary(@JsonProperty("conversation_id") String conversationId,
                               @JsonProperty("agent_id") String agentId,
                               @JsonProperty("agent_name") String agentName,
                               @JsonProperty("start_time_unix_secs") long startTimeUnixSecs,
                               @JsonProperty("call_duration_secs") long callDurationSecs,
                               @JsonProperty("status") String status,
                               @JsonProperty("call_successful") String callSuccessful) {
        this.conversationId = conversationId;
        this.agentId = agentId;
        this.agentName = agentName;
        this.startTimeUnixSecs = startTimeUnixSecs;
        this.callDurationSecs = callDurationSecs;
        this.status = status;
        this.callSuccessful = callSuccessful;
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

    /** @return when the conversation started; a time beyond what an Instant holds is the earliest or latest one */
    public Instant getStartTime() {
        long seconds = Math.max(Instant.MIN.getEpochSecond(), Math.min(Instant.MAX.getEpochSecond(),
                startTimeUnixSecs));
        return Instant.ofEpochSecond(seconds);
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
        // what the server sent, shown as it is in messages and logs
        return "ConversationSummary[" + ServerText.shown(conversationId) + ", agent " + ServerText.shown(agentId)
               + ", started " + getStartTime() + ", " + callDurationSecs + " s, " + ServerText.shown(status) + ", "
               + ServerText.shown(callSuccessful) + "]";
    }
}
