package io.github.camelelevenlabs;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelelevenlabs.ElevenLabsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filter ElevenLabs documents reaches the query exactly as asked: from its endpoint option (a list written with
 * commas on the URI) and from its header, which wins; each value percent-encoded, a list as repeated parameters.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EveryListFilterReachesTheQueryTest extends FakeElevenLabsTestSupport {

    /** The option as written on a URI, the query it makes; the header, its value, the query it makes instead. */
    private static Arguments filter(String option, String optionQuery, String header, Object headerValue,
                                    String headerQuery) {
        return Arguments.of(option, optionQuery, header, headerValue, headerQuery);
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                filter("visitedAgentIds=agent_a,agent_b", "visited_agent_ids=agent_a&visited_agent_ids=agent_b",
                        VISITED_AGENT_IDS, List.of("agent c"), "visited_agent_ids=agent%20c"),
                filter("visitedAgentBranchIds=vb_1", "visited_agent_branch_ids=vb_1", VISITED_AGENT_BRANCH_IDS,
                        "vb_2,vb_3", "visited_agent_branch_ids=vb_2&visited_agent_branch_ids=vb_3"),
                filter("callDurationMinSecs=30", "call_duration_min_secs=30", CALL_DURATION_MIN_SECS, 45L,
                        "call_duration_min_secs=45"),
                filter("callDurationMaxSecs=0", "call_duration_max_secs=0", CALL_DURATION_MAX_SECS, "120",
                        "call_duration_max_secs=120"),
                filter("ratingMin=1", "rating_min=1", RATING_MIN, 4, "rating_min=4"),
                filter("ratingMax=5", "rating_max=5", RATING_MAX, "3", "rating_max=3"),
                filter("hasFeedbackComment=true", "has_feedback_comment=true", HAS_FEEDBACK_COMMENT, Boolean.FALSE,
                        "has_feedback_comment=false"),
                filter("textOnly=false", "text_only=false", TEXT_ONLY, "TRUE", "text_only=true"),
                filter("evaluationParams=crit_1:success,crit_2:failure",
                        "evaluation_params=crit_1%3Asuccess&evaluation_params=crit_2%3Afailure", EVALUATION_PARAMS,
                        List.of("a:b:unknown"), "evaluation_params=a%3Ab%3Aunknown"),
                filter("dataCollectionParams=RAW(age:gte:18,city:in:Paris|Zürich)",
                        "data_collection_params=age%3Agte%3A18&data_collection_params=city%3Ain%3AParis%7CZ%C3%BCrich",
                        DATA_COLLECTION_PARAMS, List.of("email:exists", "note:eq:a, b"),
                        "data_collection_params=email%3Aexists&data_collection_params=note%3Aeq%3Aa%2C%20b"),
                filter("dataCollectionIds=age,city", "data_collection_ids=age&data_collection_ids=city",
                        DATA_COLLECTION_IDS, "email", "data_collection_ids=email"),
                filter("evaluationCriteriaIds=crit_1", "evaluation_criteria_ids=crit_1", EVALUATION_CRITERIA_IDS,
                        List.of("crit_2", "crit_3"), "evaluation_criteria_ids=crit_2&evaluation_criteria_ids=crit_3"),
                filter("toolNames=RAW(search docs,book&pay)", "tool_names=search%20docs&tool_names=book%26pay",
                        TOOL_NAMES, "lookup", "tool_names=lookup"),
                filter("toolNamesSuccessful=search", "tool_names_successful=search", TOOL_NAMES_SUCCESSFUL,
                        "book,pay", "tool_names_successful=book&tool_names_successful=pay"),
                filter("toolNamesErrored=book", "tool_names_errored=book", TOOL_NAMES_ERRORED, List.of("pay"),
                        "tool_names_errored=pay"),
                filter("mainLanguages=en,de", "main_languages=en&main_languages=de", MAIN_LANGUAGES, "pt-BR",
                        "main_languages=pt-BR"),
                filter("topicIds=top_1", "topic_ids=top_1", TOPIC_IDS, "top_2,top_3",
                        "topic_ids=top_2&topic_ids=top_3"),
                filter("tagIds=tag_1,tag_2", "tag_ids=tag_1&tag_ids=tag_2", TAG_IDS, List.of("tag/3"),
                        "tag_ids=tag%2F3"),
                filter("terminationReasons=RAW(end_call tool)", "termination_reasons=end_call%20tool",
                        TERMINATION_REASONS, "timeout", "termination_reasons=timeout"),
                filter("customGuardrailNames=no_prices", "custom_guardrail_names=no_prices", CUSTOM_GUARDRAIL_NAMES,
                        List.of("no prices", "no_legal"),
                        "custom_guardrail_names=no%20prices&custom_guardrail_names=no_legal"),
                filter("summaryMode=include", "summary_mode=include", SUMMARY_MODE, "exclude",
                        "summary_mode=exclude"),
                filter("conversationInitiationSource=widget", "conversation_initiation_source=widget",
                        CONVERSATION_INITIATION_SOURCE, "subagent_tool",
                        "conversation_initiation_source=subagent_tool"),
                filter("conversationProductType=agents", "conversation_product_type=agents",
                        CONVERSATION_PRODUCT_TYPE, "speech_engine", "conversation_product_type=speech_engine"),
                filter("branchId=br_main", "branch_id=br_main", BRANCH_ID, "br/ü", "branch_id=br%2F%C3%BC"),
                filter("versionId=v_1", "version_id=v_1", VERSION_ID, "v_2", "version_id=v_2"),
                filter("parentConversationId=conv_p", "parent_conversation_id=conv_p", PARENT_CONVERSATION_ID,
                        "conv_q", "parent_conversation_id=conv_q"),
                filter("workflowNodeEnteredId=node_1", "workflow_node_entered_id=node_1", WORKFLOW_NODE_ENTERED_ID,
                        "node 2", "workflow_node_entered_id=node%202"),
                filter("excludeStatuses=failed,in-progress", "exclude_statuses=failed&exclude_statuses=in-progress",
                        EXCLUDE_STATUSES, List.of("initiated"), "exclude_statuses=initiated"),
                filter("guardrailTypes=prompt_injection,hate",
                        "guardrail_types=prompt_injection&guardrail_types=hate", GUARDRAIL_TYPES, "self_harm",
                        "guardrail_types=self_harm"));
    }

    private String queryOf(CamelContext context, String uri, String header, Object value) {
        Exchange exchange = context.createProducerTemplate().request(uri, e -> {
            if (header != null) {
                e.getMessage().setHeader(header, value);
            }
        });
        assertThat(exchange.getException()).isNull();
        List<FakeElevenLabs.RecordedRequest> requests = fake.requests();
        return requests.get(requests.size() - 1).rawQuery();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void eachFilterReachesTheQueryFromItsOptionAndItsHeaderWinsOverIt(String option, String optionQuery,
                                                                      String header, Object headerValue,
                                                                      String headerQuery) throws Exception {
        CamelContext context = camel();
        String uri = onFake("list", "unfiltered=true", option);

        assertThat(queryOf(context, uri, null, null)).isEqualTo(optionQuery + "&page_size=30");
        assertThat(queryOf(context, uri, header, headerValue)).isEqualTo(headerQuery + "&page_size=30");
        assertThat(queryOf(context, onFake("list", "unfiltered=true"), header, headerValue))
                .as("the header alone").isEqualTo(headerQuery + "&page_size=30");
    }

    /** Every filter header the component declares is in the table above: a filter added later is tested too. */
    @Test
    void theTableCoversEveryFilterAddedForIssue16() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (Field field : ElevenLabsConstants.class.getDeclaredFields()) {
            Metadata metadata = field.getAnnotation(Metadata.class);
            if (metadata != null && metadata.description().startsWith("operation=list:")) {
                declared.add((String) field.get(null));
            }
        }
        declared.removeAll(List.of(AGENT_ID, USER_ID, CALL_START_BEFORE_UNIX, CALL_START_AFTER_UNIX, CALL_SUCCESSFUL,
                SEARCH, PAGE_SIZE));
        Set<Object> tested = new TreeSet<>();
        filters().forEach(arguments -> tested.add(arguments.get()[2]));

        assertThat(tested).isEqualTo(declared).hasSize(29);
    }

    /** One listing with every filter at once: the fake checks each parameter against the OpenAPI after the test. */
    @Test
    void everyFilterAtOnceIsSentInTheTablesOrderAndMatchesTheContract() throws Exception {
        List<String> options = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        filters().forEach(arguments -> {
            options.add((String) arguments.get()[0]);
            queries.add((String) arguments.get()[1]);
        });

        String query = queryOf(camel(), onFake("list", options.toArray(String[]::new)), null, null);

        assertThat(query).isEqualTo(String.join("&", queries) + "&page_size=30");
    }
}
