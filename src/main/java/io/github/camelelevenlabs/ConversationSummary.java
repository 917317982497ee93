package io.github.camelelevenlabs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelelevenlabs.client.ServerText;

/**
 * One conversation as {@code operation=list} returns it, with every field ElevenLabs sent: the common ones typed, the
 * rest in {@link #getOtherFields()}. Its getters work in the simple language: {@code ${body.conversationId}},
 * {@code ${body.mainLanguage}}, {@code ${body.otherFields[some_field]}}. Read from ElevenLabs' JSON by Jackson. A
 * typed getter returns null when ElevenLabs did not send the field, or sent it with another type than the getter's (a
 * field ElevenLabs changed): such a value stays in {@link #getOtherFields()}, so nothing is dropped. Nothing can change
 * a summary once read: its lists and maps, nested ones included, are unmodifiable.
 */
public final class ConversationSummary {

    /** The fields a getter of its own returns, with the type it returns them as. */
    private static final Map<String, Class<?>> TYPED = Map.ofEntries(
            Map.entry("message_count", Number.class), Map.entry("branch_id", String.class),
            Map.entry("version_id", String.class), Map.entry("termination_reason", String.class),
            Map.entry("call_success_score", Number.class), Map.entry("transcript_summary", String.class),
            Map.entry("call_summary_title", String.class), Map.entry("main_language", String.class),
            Map.entry("conversation_initiation_source", String.class), Map.entry("tool_names", List.class),
            Map.entry("direction", String.class), Map.entry("rating", Number.class),
            Map.entry("tag_ids", List.class), Map.entry("sentiment_analysis", Map.class),
            Map.entry("data_collection_results", Map.class), Map.entry("evaluation_criteria_results", Map.class));

    private final String conversationId;
    private final String agentId;
    private final String agentName;
    private final long startTimeUnixSecs;
    private final long callDurationSecs;
    private final String status;
    private final String callSuccessful;
    /** Every field but the constructor's, as ElevenLabs sent them, in order, frozen. */
    private final Map<String, Object> fields = new LinkedHashMap<>();

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

    /** Keeps a field that is not the constructor's, frozen: Jackson calls it for each, as it reads the JSON. */
    @JsonAnySetter
    private void field(String name, Object value) {
        fields.put(name, frozen(value));
    }

    /** @return the value, with every list and map in it unmodifiable */
    private static Object frozen(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, frozen(item)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(frozen(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /** @return the field when ElevenLabs sent it with the type its getter returns, else null */
    @SuppressWarnings("unchecked")
    private <T> T typed(String name) {
        Object value = fields.get(name);
        if (value instanceof List<?> list && !list.stream().allMatch(String.class::isInstance)) {
            // the typed lists are lists of text
            return null;
        }
        return TYPED.get(name).isInstance(value) ? (T) value : null;
    }

    /** @return how many messages the conversation had; null when not sent */
    public Integer getMessageCount() {
        Number count = typed("message_count");
        return count == null ? null : count.intValue();
    }

    /** @return the agent branch the conversation ran on; null when not sent */
    public String getBranchId() {
        return typed("branch_id");
    }

    /** @return the agent version the conversation ran on; null when not sent */
    public String getVersionId() {
        return typed("version_id");
    }

    /** @return why the conversation ended, as ElevenLabs words it; null when not sent */
    public String getTerminationReason() {
        return typed("termination_reason");
    }

    /** @return how successful the call was judged, as a score; null when not sent */
    public Double getCallSuccessScore() {
        Number score = typed("call_success_score");
        return score == null ? null : score.doubleValue();
    }

    /** @return the transcript's summary, sent with summaryMode=include; null when not sent */
    public String getTranscriptSummary() {
        return typed("transcript_summary");
    }

    /** @return the call summary's title; null when not sent */
    public String getCallSummaryTitle() {
        return typed("call_summary_title");
    }

    /** @return the language the conversation was mainly held in, such as {@code en}; null when not sent */
    public String getMainLanguage() {
        return typed("main_language");
    }

    /** @return where the conversation was started from, such as {@code widget}; null when not sent */
    public String getConversationInitiationSource() {
        return typed("conversation_initiation_source");
    }

    /** @return the tools the conversation called, unmodifiable; null when not sent */
    public List<String> getToolNames() {
        return typed("tool_names");
    }

    /** @return the call's direction, such as {@code inbound}; null when not sent */
    public String getDirection() {
        return typed("direction");
    }

    /** @return the conversation's rating; null when not sent or not rated */
    public Double getRating() {
        Number rating = typed("rating");
        return rating == null ? null : rating.doubleValue();
    }

    /** @return the conversation's tag ids, unmodifiable; null when not sent */
    public List<String> getTagIds() {
        return typed("tag_ids");
    }

    /** @return the sentiment analysis, unmodifiable; null when not sent */
    public Map<String, Object> getSentimentAnalysis() {
        return typed("sentiment_analysis");
    }

    /** @return the results of the data collection items asked for with dataCollectionIds, unmodifiable; else null */
    public Map<String, Object> getDataCollectionResults() {
        return typed("data_collection_results");
    }

    /**
     * @return the results of the evaluation criteria asked for with evaluationCriteriaIds, unmodifiable; else null
     */
    public Map<String, Object> getEvaluationCriteriaResults() {
        return typed("evaluation_criteria_results");
    }

    /**
     * @return every field no getter returns, by its JSON name, in the order ElevenLabs sent them, unmodifiable: the
     *         fields ElevenLabs adds, and a typed field it sent with another type than its getter's
     */
    public Map<String, Object> getOtherFields() {
        Map<String, Object> other = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            // a typed field sent as null is what its getter says; one of another type is kept here
            if (!TYPED.containsKey(name) || value != null && typed(name) == null) {
                other.put(name, value);
            }
        });
        return Collections.unmodifiableMap(other);
    }

    @Override
    public String toString() {
        // what the server sent, shown as it is in messages and logs
        return "ConversationSummary[" + ServerText.shown(conversationId) + ", agent " + ServerText.shown(agentId)
               + ", started " + getStartTime() + ", " + callDurationSecs + " s, " + ServerText.shown(status) + ", "
               + ServerText.shown(callSuccessful) + "]";
    }
}
