package io.github.camelelevenlabs.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A conversation as the fake ElevenLabs API keeps it.
 *
 * @param id                the conversation id
 * @param agentId           the agent that held it
 * @param userId            the end user it was with, may be null
 * @param startTimeUnixSecs when it started
 * @param callDurationSecs  how long it lasted
 * @param status            such as {@code done}
 * @param callSuccessful    {@code success}, {@code failure} or {@code unknown}
 * @param attributes        what else the fake knows of it, by name: the summary fields it lists under their JSON
 *                          names ({@code main_language}, {@code rating}, any other), and what only its filters read
 *                          ({@code topic_ids}, {@code text_only}...: {@link ConversationPages} says which)
 */
public record Conversation(String id, String agentId, String userId, long startTimeUnixSecs, int callDurationSecs,
                           String status, String callSuccessful, Map<String, Object> attributes) {

    public Conversation {
        attributes = Map.copyOf(attributes);
    }

    /** A conversation with no attributes but these. */
    public Conversation(String id, String agentId, String userId, long startTimeUnixSecs, int callDurationSecs,
                        String status, String callSuccessful) {
        this(id, agentId, userId, startTimeUnixSecs, callDurationSecs, status, callSuccessful, Map.of());
    }

    /** A finished, successful conversation of the default agent, with no user. */
    public static Conversation of(String id, long startTimeUnixSecs) {
        return new Conversation(id, "agent_default", null, startTimeUnixSecs, 60, "done", "success");
    }

    public Conversation withAgent(String agent) {
        return new Conversation(id, agent, userId, startTimeUnixSecs, callDurationSecs, status, callSuccessful,
                attributes);
    }

    public Conversation withUser(String user) {
        return new Conversation(id, agentId, user, startTimeUnixSecs, callDurationSecs, status, callSuccessful,
                attributes);
    }

    public Conversation withStatus(String newStatus) {
        return new Conversation(id, agentId, userId, startTimeUnixSecs, callDurationSecs, newStatus, callSuccessful,
                attributes);
    }

    public Conversation withDuration(int seconds) {
        return new Conversation(id, agentId, userId, startTimeUnixSecs, seconds, status, callSuccessful, attributes);
    }

    /**
     * @param  name  a summary field's JSON name, listed as given, or an attribute only the filters read
     * @param  value its value; null to forget it
     * @return       this conversation with the attribute
     */
    public Conversation with(String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(attributes);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new Conversation(id, agentId, userId, startTimeUnixSecs, callDurationSecs, status, callSuccessful,
                changed);
    }

    public Conversation withRating(int rating) {
        return with("rating", rating);
    }

    public Conversation withMainLanguage(String language) {
        return with("main_language", language);
    }

    public Conversation withTerminationReason(String reason) {
        return with("termination_reason", reason);
    }

    public Conversation withInitiationSource(String source) {
        return with("conversation_initiation_source", source);
    }

    /** agents unless said otherwise. */
    public Conversation withProductType(String type) {
        return with("conversation_product_type", type);
    }

    public Conversation withBranch(String branch) {
        return with("branch_id", branch);
    }

    public Conversation withVersion(String version) {
        return with("version_id", version);
    }

    public Conversation withParent(String parentConversationId) {
        return with("parent_conversation_id", parentConversationId);
    }

    public Conversation withWorkflowNodesEntered(String... nodes) {
        return with("workflow_nodes_entered", List.of(nodes));
    }

    public Conversation withFeedbackComment() {
        return with("has_feedback_comment", true);
    }

    public Conversation withTextOnly() {
        return with("text_only", true);
    }

    /** The tools it called: tool_names lists them all, the filters tell those that succeeded from those that failed. */
    public Conversation withTools(List<String> succeeded, List<String> errored) {
        LinkedHashSet<String> all = new LinkedHashSet<>(succeeded);
        all.addAll(errored);
        return with("tool_names", List.copyOf(all)).with("tool_names_successful", succeeded)
                .with("tool_names_errored", errored);
    }

    public Conversation withTags(String... tagIds) {
        return with("tag_ids", List.of(tagIds));
    }

    public Conversation withTopics(String... topicIds) {
        return with("topic_ids", List.of(topicIds));
    }

    public Conversation withVisitedAgents(String... agentIds) {
        return with("visited_agent_ids", List.of(agentIds));
    }

    public Conversation withVisitedBranches(String... branchIds) {
        return with("visited_agent_branch_ids", List.of(branchIds));
    }

    public Conversation withGuardrailsTriggered(List<String> types, List<String> customNames) {
        return with("guardrail_types", types).with("custom_guardrail_names", customNames);
    }

    /** Listed only with summary_mode=include. */
    public Conversation withTranscriptSummary(String summary) {
        return with("transcript_summary", summary);
    }

    /** An evaluation criterion's result (success, failure, unknown), listed only when its id is asked for. */
    public Conversation withEvaluation(String criteriaId, String result) {
        return with("evaluation_criteria_results", added("evaluation_criteria_results", criteriaId,
                Map.of("criteria_id", criteriaId, "result", result, "rationale", "fake")));
    }

    /** A data collection item's value, listed only when its id is asked for. */
    public Conversation withDataCollected(String dataCollectionId, Object value) {
        return with("data_collection_results", added("data_collection_results", dataCollectionId,
                Map.of("data_collection_id", dataCollectionId, "value", value, "rationale", "fake")));
    }

    private Map<String, Object> added(String attribute, String key, Object value) {
        @SuppressWarnings("unchecked")
        Map<String, Object> results = new LinkedHashMap<>((Map<String, Object>) attributes.getOrDefault(attribute,
                Map.of()));
        results.put(key, value);
        return results;
    }

    /** @return the attribute as text values: a list's, a single value's, or none */
    List<String> texts(String name) {
        Object value = attributes.get(name);
        List<String> texts = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> texts.add(String.valueOf(item)));
        } else if (value != null) {
            texts.add(String.valueOf(value));
        }
        return texts;
    }
}
