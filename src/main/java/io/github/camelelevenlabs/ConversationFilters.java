package io.github.camelelevenlabs;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelelevenlabs.client.ServerText;
import org.apache.hc.core5.net.PercentCodec;
import org.apache.camel.Message;

/**
 * The filters of one listing, each from its message header, else from the endpoint's option, as the query of
 * {@code GET /v1/convai/conversations}.
 * <p>
 * A listing often feeds deletes, so it is never wider than asked: a header that is present names a filter, and one
 * whose value cannot be sent as asked (null, empty, blank, the wrong type, out of range, not a documented value: see
 * {@link FilterKind}) is refused, never read as "no filter"; and a listing with no filter that narrows it is refused
 * unless the endpoint says {@code unfiltered=true}. Every refusal is an {@link InvalidListFilterException}, before
 * anything is sent.
 * <p>
 * {@link #FILTERS} is the one place that knows the filters: a filter ElevenLabs adds is a row there (with its option
 * and header), and the options, the headers, the checks and the query follow from it.
 * <p>
 * Values outside a documented set are refused, even ones ElevenLabs adds later: an unknown value would be refused by
 * ElevenLabs (422) anyway, and refusing it here says so before anything is sent, naming the values there are.
 */
final class ConversationFilters {

    /** What a filter does to the listing. */
    private enum Effect {
        /** It narrows which conversations are listed: it counts as a filter for the unfiltered rule. */
        NARROWS,
        /** It changes what each summary holds, not which conversations are listed: it does not count. */
        SHAPES
    }

    /**
     * One filter: its query parameter, its header and the endpoint option the header wins over, how its value is
     * read, and what it does.
     */
    private record Filter(String parameter, String header, String option, FilterKind kind, Effect effect,
                          Function<ElevenLabsEndpoint, Object> optionValue) {
    }

    static final List<String> OUTCOMES = List.of("success", "failure", "unknown");
    static final List<String> DATA_COLLECTION_OPERATORS = List.of("eq", "neq", "gt", "gte", "lt", "lte", "in",
            "exists", "missing");
    static final List<String> SUMMARY_MODES = List.of("exclude", "include");
    static final List<String> INITIATION_SOURCES = List.of("unknown", "android_sdk", "node_js_sdk",
            "react_native_sdk", "react_sdk", "js_sdk", "python_sdk", "widget", "sip_trunk", "twilio", "exotel",
            "genesys", "avaya", "audiocodes", "swift_sdk", "whatsapp", "twilio_sms", "flutter_sdk",
            "zendesk_integration", "slack_integration", "telegram_integration", "intercom_integration",
            "freshdesk_integration", "salesforce_integration", "template_preview", "genesys_bot_connector",
            "subagent_tool");
    static final List<String> PRODUCT_TYPES = List.of("agents", "speech_engine");
    static final List<String> STATUSES = List.of("initiated", "in-progress", "processing", "done", "failed");
    static final List<String> GUARDRAIL_TYPES = List.of("custom", "prompt_injection", "self_harm_intent",
            "violence_graphic", "sexual", "violence", "harassment", "sexual_minors", "self_harm",
            "self_harm_instructions", "harassment_threatening", "hate", "hate_threatening", "profanity",
            "religion_or_politics", "medical_and_legal", "guardrail");

    private static final FilterKind TEXT = new FilterKind.Text(List.of());
    private static final FilterKind UNIX_TIME = new FilterKind.WholeNumber(0, Long.MAX_VALUE,
            "a Unix time in seconds", "a whole number of seconds");
    private static final FilterKind SECONDS = new FilterKind.WholeNumber(0, Integer.MAX_VALUE, "a number of seconds",
            "a whole number of seconds");
    private static final FilterKind RATING = new FilterKind.WholeNumber(1, 5, "a rating from 1 to 5",
            "a whole rating from 1 to 5");
    private static final FilterKind FLAG = new FilterKind.Flag();
    private static final FilterKind TEXTS = FilterKind.TextList.any();
    /** ElevenLabs takes at most 50 visited agents or branches. */
    private static final FilterKind AT_MOST_50 = new FilterKind.TextList(50, text -> null);

    /** Every filter ElevenLabs documents for GET /v1/convai/conversations, in the order they are sent. */
    private static final List<Filter> FILTERS = List.of(
            filter("agent_id", ElevenLabsConstants.AGENT_ID, TEXT, ElevenLabsEndpoint::getAgentId),
            filter("user_id", ElevenLabsConstants.USER_ID, TEXT, ElevenLabsEndpoint::getUserId),
            filter("call_start_before_unix", ElevenLabsConstants.CALL_START_BEFORE_UNIX, UNIX_TIME,
                    ElevenLabsEndpoint::getCallStartBeforeUnix),
            filter("call_start_after_unix", ElevenLabsConstants.CALL_START_AFTER_UNIX, UNIX_TIME,
                    ElevenLabsEndpoint::getCallStartAfterUnix),
            filter("call_successful", ElevenLabsConstants.CALL_SUCCESSFUL, new FilterKind.Text(OUTCOMES),
                    ElevenLabsEndpoint::getCallSuccessful),
            filter("search", ElevenLabsConstants.SEARCH, TEXT, ElevenLabsEndpoint::getSearch),
            filter("visited_agent_ids", ElevenLabsConstants.VISITED_AGENT_IDS, AT_MOST_50,
                    ElevenLabsEndpoint::getVisitedAgentIds),
            filter("visited_agent_branch_ids", ElevenLabsConstants.VISITED_AGENT_BRANCH_IDS, AT_MOST_50,
                    ElevenLabsEndpoint::getVisitedAgentBranchIds),
            filter("call_duration_min_secs", ElevenLabsConstants.CALL_DURATION_MIN_SECS, SECONDS,
                    ElevenLabsEndpoint::getCallDurationMinSecs),
            filter("call_duration_max_secs", ElevenLabsConstants.CALL_DURATION_MAX_SECS, SECONDS,
                    ElevenLabsEndpoint::getCallDurationMaxSecs),
            filter("rating_min", ElevenLabsConstants.RATING_MIN, RATING, ElevenLabsEndpoint::getRatingMin),
            filter("rating_max", ElevenLabsConstants.RATING_MAX, RATING, ElevenLabsEndpoint::getRatingMax),
            filter("has_feedback_comment", ElevenLabsConstants.HAS_FEEDBACK_COMMENT, FLAG,
                    ElevenLabsEndpoint::getHasFeedbackComment),
            filter("text_only", ElevenLabsConstants.TEXT_ONLY, FLAG, ElevenLabsEndpoint::getTextOnly),
            filter("evaluation_params", ElevenLabsConstants.EVALUATION_PARAMS,
                    new FilterKind.TextList(Integer.MAX_VALUE, ConversationFilters::notAnEvaluationParam),
                    ElevenLabsEndpoint::getEvaluationParams),
            filter("data_collection_params", ElevenLabsConstants.DATA_COLLECTION_PARAMS,
                    new FilterKind.TextList(Integer.MAX_VALUE, ConversationFilters::notADataCollectionParam),
                    ElevenLabsEndpoint::getDataCollectionParams),
            shaping("data_collection_ids", ElevenLabsConstants.DATA_COLLECTION_IDS, TEXTS,
                    ElevenLabsEndpoint::getDataCollectionIds),
            shaping("evaluation_criteria_ids", ElevenLabsConstants.EVALUATION_CRITERIA_IDS, TEXTS,
                    ElevenLabsEndpoint::getEvaluationCriteriaIds),
            filter("tool_names", ElevenLabsConstants.TOOL_NAMES, TEXTS, ElevenLabsEndpoint::getToolNames),
            filter("tool_names_successful", ElevenLabsConstants.TOOL_NAMES_SUCCESSFUL, TEXTS,
                    ElevenLabsEndpoint::getToolNamesSuccessful),
            filter("tool_names_errored", ElevenLabsConstants.TOOL_NAMES_ERRORED, TEXTS,
                    ElevenLabsEndpoint::getToolNamesErrored),
            filter("main_languages", ElevenLabsConstants.MAIN_LANGUAGES, TEXTS, ElevenLabsEndpoint::getMainLanguages),
            filter("topic_ids", ElevenLabsConstants.TOPIC_IDS, TEXTS, ElevenLabsEndpoint::getTopicIds),
            filter("tag_ids", ElevenLabsConstants.TAG_IDS, TEXTS, ElevenLabsEndpoint::getTagIds),
            filter("termination_reasons", ElevenLabsConstants.TERMINATION_REASONS, TEXTS,
                    ElevenLabsEndpoint::getTerminationReasons),
            filter("custom_guardrail_names", ElevenLabsConstants.CUSTOM_GUARDRAIL_NAMES, TEXTS,
                    ElevenLabsEndpoint::getCustomGuardrailNames),
            shaping("summary_mode", ElevenLabsConstants.SUMMARY_MODE, new FilterKind.Text(SUMMARY_MODES),
                    ElevenLabsEndpoint::getSummaryMode),
            filter("conversation_initiation_source", ElevenLabsConstants.CONVERSATION_INITIATION_SOURCE,
                    new FilterKind.Text(INITIATION_SOURCES), ElevenLabsEndpoint::getConversationInitiationSource),
            filter("conversation_product_type", ElevenLabsConstants.CONVERSATION_PRODUCT_TYPE,
                    new FilterKind.Text(PRODUCT_TYPES), ElevenLabsEndpoint::getConversationProductType),
            filter("branch_id", ElevenLabsConstants.BRANCH_ID, TEXT, ElevenLabsEndpoint::getBranchId),
            filter("version_id", ElevenLabsConstants.VERSION_ID, TEXT, ElevenLabsEndpoint::getVersionId),
            filter("parent_conversation_id", ElevenLabsConstants.PARENT_CONVERSATION_ID, TEXT,
                    ElevenLabsEndpoint::getParentConversationId),
            filter("workflow_node_entered_id", ElevenLabsConstants.WORKFLOW_NODE_ENTERED_ID, TEXT,
                    ElevenLabsEndpoint::getWorkflowNodeEnteredId),
            filter("exclude_statuses", ElevenLabsConstants.EXCLUDE_STATUSES, FilterKind.TextList.of(STATUSES),
                    ElevenLabsEndpoint::getExcludeStatuses),
            filter("guardrail_types", ElevenLabsConstants.GUARDRAIL_TYPES, FilterKind.TextList.of(GUARDRAIL_TYPES),
                    ElevenLabsEndpoint::getGuardrailTypes));

    /** The options that narrow a listing, as the refusal of a listing without any names them. */
    private static final String NARROWING_OPTIONS = FILTERS.stream().filter(f -> f.effect() == Effect.NARROWS)
            .map(Filter::option).collect(Collectors.joining(", "));

    private ConversationFilters() {
    }

    /** A filter that narrows the listing; its option is its header's name without the prefix, as users read it. */
    private static Filter filter(String parameter, String header, FilterKind kind,
                                 Function<ElevenLabsEndpoint, Object> optionValue) {
        return new Filter(parameter, header, option(header), kind, Effect.NARROWS, optionValue);
    }

    /** A parameter that changes what each summary holds, not which conversations are listed. */
    private static Filter shaping(String parameter, String header, FilterKind kind,
                                  Function<ElevenLabsEndpoint, Object> optionValue) {
        return new Filter(parameter, header, option(header), kind, Effect.SHAPES, optionValue);
    }

    /** @return the option of a header: CamelElevenLabsToolNames is toolNames */
    private static String option(String header) {
        String name = header.substring("CamelElevenLabs".length());
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * @return                            the query of the first page: the filters, then {@code page_size}
     * @throws InvalidListFilterException a filter without a usable value, or no filter on an endpoint that does not
     *                                    say unfiltered=true
     */
    static String query(Message message, ElevenLabsEndpoint endpoint, int pageSize) {
        StringBuilder query = new StringBuilder();
        boolean narrowed = false;
        for (Filter filter : FILTERS) {
            List<String> values = values(message, endpoint, filter);
            for (String value : values) {
                append(query, filter.parameter(), value);
            }
            narrowed |= !values.isEmpty() && filter.effect() == Effect.NARROWS && filter.kind().narrows(values);
        }
        if (!narrowed && !endpoint.isUnfiltered()) {
            throw new InvalidListFilterException("operation=list has no filter that narrows it (" + NARROWING_OPTIONS
                                                 + " or their headers; a flag only when true), so it would list every"
                                                 + " conversation of the account. To ask for the whole account, set"
                                                 + " unfiltered=true on the endpoint. Nothing was listed.");
        }
        append(query, "page_size", String.valueOf(pageSize));
        return query.toString();
    }

    /**
     * Checks the endpoint's filter options by the rules their headers follow, when the endpoint is initialized.
     *
     * @throws InvalidListFilterException the first option that cannot be sent
     */
    /** @return the list filter options set on the endpoint, by name */
    static List<String> optionsSet(ElevenLabsEndpoint endpoint) {
        return FILTERS.stream().filter(filter -> filter.optionValue().apply(endpoint) != null).map(Filter::option)
                .toList();
    }

    static void checkOptions(ElevenLabsEndpoint endpoint) {
        for (Filter filter : FILTERS) {
            Object option = filter.optionValue().apply(endpoint);
            if (option != null) {
                filter.kind().read(option, refusal(filter, "option " + filter.option()));
            }
        }
    }

    /** @return the values to send for the filter: its header's, else its option's; empty when neither is set */
    private static List<String> values(Message message, ElevenLabsEndpoint endpoint, Filter filter) {
        // containsKey, not getHeader: a header set to null (setHeader(name, body()) of a null body) is a filter
        // asked for without a value, which must not widen the listing to no filter
        if (message.getHeaders().containsKey(filter.header())) {
            return filter.kind().read(message.getHeader(filter.header()),
                    refusal(filter, "header " + filter.header()));
        }
        Object option = filter.optionValue().apply(endpoint);
        return option == null ? List.of()
                : filter.kind().read(option, refusal(filter, "option " + filter.option()));
    }

    private static FilterKind.Refusal refusal(Filter filter, String source) {
        return why -> new InvalidListFilterException("The " + filter.parameter() + " filter (" + source + ") " + why
                                                     + ": remove it to list without that filter, or give it a usable"
                                                     + " value. Nothing was listed.");
    }

    /**
     * The rule of an evaluation_params value, {@code criteria_id:result}: the criteria id is what comes before the
     * last colon, and must not be empty; the result is success, failure or unknown.
     *
     * @return why the value cannot be sent, or null
     */
    static String notAnEvaluationParam(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            return "is '" + ServerText.shown(value) + "', not criteria_id:result";
        }
        String result = value.substring(colon + 1);
        return OUTCOMES.contains(result) ? null
                : "has the result '" + ServerText.shown(result) + "', not one of " + String.join(", ", OUTCOMES);
    }

    /**
     * The rule of a data_collection_params value, {@code id:op:value}: the id is what comes before the first colon,
     * and must not be empty; the operator is what follows up to the next colon, one of
     * {@link #DATA_COLLECTION_OPERATORS}; the value is the rest, colons included. exists and missing take no value
     * ({@code id:exists}, or {@code id:exists:} with an empty one); every other operator takes one that is not empty,
     * and in takes values separated by pipes, none of them empty. The value is sent as written.
     *
     * @return why the value cannot be sent, or null
     */
    static String notADataCollectionParam(String value) {
        int first = value.indexOf(':');
        if (first <= 0) {
            return "is '" + ServerText.shown(value) + "', not id:op:value";
        }
        String rest = value.substring(first + 1);
        int second = rest.indexOf(':');
        String operator = second < 0 ? rest : rest.substring(0, second);
        String operand = second < 0 ? "" : rest.substring(second + 1);
        if (!DATA_COLLECTION_OPERATORS.contains(operator)) {
            return "has the operator '" + ServerText.shown(operator) + "', not one of "
                   + String.join(", ", DATA_COLLECTION_OPERATORS);
        }
        boolean takesNoValue = operator.equals("exists") || operator.equals("missing");
        if (takesNoValue != operand.isEmpty()) {
            return takesNoValue ? "gives " + operator + " a value ('" + ServerText.shown(operand) + "'), which it does"
                                  + " not take"
                    : "has no value after " + operator;
        }
        if (operator.equals("in") && Arrays.asList(operand.split("\\|", -1)).contains("")) {
            return "has an empty value among the pipe-separated values of in: '" + ServerText.shown(operand) + "'";
        }
        return null;
    }

    private static void append(StringBuilder query, String name, String value) {
        query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                .append(PercentCodec.RFC3986.encode(value));
    }
}
