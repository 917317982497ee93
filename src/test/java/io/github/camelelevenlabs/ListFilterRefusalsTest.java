package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelelevenlabs.ElevenLabsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A filter value that cannot be sent as asked is refused before anything is sent, naming the filter, where the value
 * came from and why, whichever kind the filter is: a list, a number in a range, a flag, one of a set of values, a
 * condition of a given form. And only filters that narrow a listing count for the unfiltered rule.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ListFilterRefusalsTest extends FakeElevenLabsTestSupport {

    static Stream<Arguments> unusableHeaders() {
        List<String> fiftyOne = Collections.nCopies(51, "agent_a");
        return Stream.of(
                Arguments.of(VISITED_AGENT_IDS, fiftyOne, "has 51 values, more than the 50 ElevenLabs accepts"),
                Arguments.of(VISITED_AGENT_BRANCH_IDS, String.join(",", fiftyOne), "has 51 values"),
                Arguments.of(VISITED_AGENT_IDS, "a,,b", "has value 2 of 3 that is empty"),
                Arguments.of(TOOL_NAMES, "a, ", "has value 2 of 2 that is blank"),
                Arguments.of(TOOL_NAMES, ",a", "has value 1 of 2 that is empty"),
                Arguments.of(TOOL_NAMES, List.of(), "is an empty Collection"),
                Arguments.of(TOOL_NAMES, Arrays.asList("a", null), "has value 2 of 2 that is null"),
                Arguments.of(TOOL_NAMES, List.of("a", 7), "has value 2 of 2 that is a java.lang.Integer, not text"),
                Arguments.of(TOOL_NAMES, "a\nb", "contains a control character"),
                Arguments.of(TOOL_NAMES, Map.of("a", "b"), "not text or a Collection of text"),
                Arguments.of(TOOL_NAMES, null, "is present with no value (null)"),
                Arguments.of(TAG_IDS, List.of("t\u0000"), "has value 1 of 1 that contains a control character"),
                Arguments.of(MAIN_LANGUAGES, "", "is empty"),
                Arguments.of(DATA_COLLECTION_IDS, " ", "is blank"),
                Arguments.of(CALL_DURATION_MIN_SECS, -1, "is negative (-1)"),
                Arguments.of(CALL_DURATION_MIN_SECS, "abc", "is not a number of seconds (digits only)"),
                Arguments.of(CALL_DURATION_MAX_SECS, 1.5, "is 1.5, not a whole number of seconds"),
                Arguments.of(CALL_DURATION_MAX_SECS, "3000000000", "is 3000000000, more than 2147483647"),
                Arguments.of(RATING_MIN, 0, "is 0, less than 1"),
                Arguments.of(RATING_MAX, "6", "is 6, more than 5"),
                Arguments.of(RATING_MAX, true, "is a java.lang.Boolean, not a rating from 1 to 5"),
                Arguments.of(HAS_FEEDBACK_COMMENT, "yes", "is 'yes', not true or false"),
                Arguments.of(HAS_FEEDBACK_COMMENT, 1, "is a java.lang.Integer, not true or false"),
                Arguments.of(TEXT_ONLY, "", "is empty"),
                Arguments.of(TEXT_ONLY, null, "is present with no value (null)"),
                Arguments.of(EVALUATION_PARAMS, "crit_1", "has value 1 of 1 that is 'crit_1', not criteria_id:result"),
                Arguments.of(EVALUATION_PARAMS, ":success", "not criteria_id:result"),
                Arguments.of(EVALUATION_PARAMS, "crit_1:passed",
                        "has the result 'passed', not one of success, failure, unknown"),
                Arguments.of(DATA_COLLECTION_PARAMS, "age", "is 'age', not id:op:value"),
                Arguments.of(DATA_COLLECTION_PARAMS, ":eq:1", "not id:op:value"),
                Arguments.of(DATA_COLLECTION_PARAMS, "age:approx:3", "has the operator 'approx', not one of eq"),
                Arguments.of(DATA_COLLECTION_PARAMS, "age:eq", "has no value after eq"),
                Arguments.of(DATA_COLLECTION_PARAMS, "age:eq:", "has no value after eq"),
                Arguments.of(DATA_COLLECTION_PARAMS, "age:exists:yes", "gives exists a value ('yes')"),
                Arguments.of(DATA_COLLECTION_PARAMS, "city:in:a||b", "has an empty value among the pipe-separated"),
                Arguments.of(DATA_COLLECTION_PARAMS, "city:in:a|", "has an empty value among the pipe-separated"),
                Arguments.of(SUMMARY_MODE, "full", "is 'full', not one of exclude, include"),
                Arguments.of(CONVERSATION_INITIATION_SOURCE, "carrier_pigeon",
                        "is 'carrier_pigeon', not one of unknown, android_sdk"),
                Arguments.of(CONVERSATION_PRODUCT_TYPE, "Agents", "is 'Agents', not one of agents, speech_engine"),
                Arguments.of(EXCLUDE_STATUSES, "done,archived",
                        "has value 2 of 2 that is 'archived', not one of initiated, in-progress"),
                Arguments.of(GUARDRAIL_TYPES, List.of("hate", "a_type_added_later"),
                        "has value 2 of 2 that is 'a_type_added_later', not one of custom"),
                Arguments.of(BRANCH_ID, " ", "is blank"),
                Arguments.of(VERSION_ID, 5, "is a java.lang.Integer, not text"),
                Arguments.of(PARENT_CONVERSATION_ID, List.of("conv_p"), "not text"),
                Arguments.of(WORKFLOW_NODE_ENTERED_ID, "node\r\n", "contains a control character"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("unusableHeaders")
    void aFilterHeaderThatCannotBeSentAsAskedIsRefusedBeforeSendingSayingWhy(String header, Object value,
                                                                           String why) throws Exception {
        CamelContext context = camel();

        for (String uri : List.of(onFake("list", "unfiltered=true"), onFake("list", "userId=user_1"))) {
            Exchange exchange = context.createProducerTemplate().request(uri,
                    e -> e.getMessage().setHeader(header, value));

            assertThat(exchange.getException()).as(uri).isInstanceOf(InvalidListFilterException.class)
                    .hasMessageContaining("(header " + header + ") ").hasMessageContaining(why)
                    .hasMessageEndingWith("Nothing was listed.");
            assertThat(exchange.getException().getMessage()).doesNotContain("\r", "\n", "\u0000");
        }
        assertThat(fake.requests()).as("nothing sent").isEmpty();
    }

    static Stream<Arguments> unusableOptions() {
        return Stream.of(
                Arguments.of("ratingMin=9", "The rating_min filter (option ratingMin) is 9, more than 5"),
                Arguments.of("callDurationMinSecs=-5", "(option callDurationMinSecs) is negative (-5)"),
                Arguments.of("excludeStatuses=done,,failed", "(option excludeStatuses) has value 2 of 3 that is empty"),
                Arguments.of("guardrailTypes=hate_speech", "is 'hate_speech', not one of custom"),
                Arguments.of("dataCollectionParams=age:eq", "has no value after eq"),
                Arguments.of("evaluationParams=crit_1:maybe", "has the result 'maybe'"),
                Arguments.of("conversationInitiationSource=fax", "is 'fax', not one of unknown"),
                Arguments.of("visitedAgentIds=" + String.join(",", Collections.nCopies(51, "a")), "has 51 values"),
                Arguments.of("callSuccessful=maybe", "is 'maybe', not one of success, failure, unknown"));
    }

    /** An option that can never be sent fails the endpoint when it is created, naming the URI, not each exchange. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableOptions")
    void anOptionThatCanNeverBeSentFailsTheEndpointNamingIt(String option, String why) throws Exception {
        CamelContext context = camel();

        assertThatThrownBy(() -> context.getEndpoint(onFake("list", option))).hasStackTraceContaining(why)
                .hasStackTraceContaining("elevenlabs://conversations");
        assertThat(fake.requests()).as("nothing sent").isEmpty();
    }

    @Test
    void aPageSizeHeaderPresentWithNoValueIsRefusedLikeAFilterHeader() throws Exception {
        CamelContext context = camel();

        Exchange exchange = context.createProducerTemplate().request(onFake("list", "agentId=agent_1"),
                e -> e.getMessage().setHeader(ElevenLabsConstants.PAGE_SIZE, null));

        assertThat(exchange.getException()).isInstanceOf(InvalidListFilterException.class)
                .hasMessageContaining("CamelElevenLabsPageSize header is present with no value (null)");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aFormatGetCannotAnswerInFailsTheGetEndpoint() throws Exception {
        CamelContext context = camel();

        assertThatThrownBy(() -> context.getEndpoint(onFake("get", "format=xml")))
                .hasStackTraceContaining("format must be json or opentelemetry, not 'xml'");
    }

    /** What only shapes each summary, and a flag set to false, does not make a listing narrower. */
    @Test
    void onlyFiltersThatNarrowTheListingCountForTheUnfilteredRule() throws Exception {
        CamelContext context = camel();
        List<Exchange> refused = new ArrayList<>();
        for (String option : List.of("summaryMode=include", "dataCollectionIds=age", "evaluationCriteriaIds=crit_1",
                "hasFeedbackComment=false", "textOnly=false")) {
            refused.add(context.createProducerTemplate().request(onFake("list", option), e -> { }));
        }
        refused.add(context.createProducerTemplate().request(onFake("list"),
                e -> e.getMessage().setHeader(TEXT_ONLY, "false")));

        for (Exchange exchange : refused) {
            assertThat(exchange.getException()).isInstanceOf(InvalidListFilterException.class)
                    .hasMessageContaining("has no filter that narrows it (agentId, userId")
                    .hasMessageContaining("toolNames").hasMessageContaining("guardrailTypes or their headers")
                    .hasMessageNotContaining("summaryMode").hasMessageNotContaining("dataCollectionIds")
                    .hasMessageContaining("unfiltered=true");
        }
        assertThat(fake.requests()).as("nothing sent").isEmpty();

        Exchange textOnly = context.createProducerTemplate().request(onFake("list", "textOnly=true"), e -> { });
        Exchange excluding = context.createProducerTemplate().request(onFake("list"),
                e -> e.getMessage().setHeader(EXCLUDE_STATUSES, List.of("failed")));
        assertThat(textOnly.getException()).isNull();
        assertThat(excluding.getException()).isNull();
    }
}
