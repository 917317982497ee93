package io.github.camelelevenlabs;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.camelelevenlabs.fake.Conversation;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listing finds only the conversations that match its filters: on the fake, which applies each filter as it reads
 * ElevenLabs' reference (several values of one list filter as "any of").
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ListFiltersOnTheFakeTest extends FakeElevenLabsTestSupport {

    @BeforeEach
    void seedThreeDifferentConversations() {
        fake.addConversation(Conversation.of("conv_a", 1_000).withDuration(30).withRating(2).withMainLanguage("en")
                .withTools(List.of("search"), List.of()).withTags("tag_1").withTopics("topic_1")
                .withTerminationReason("end_call").withInitiationSource("widget").withBranch("br_1")
                .withVersion("v_1").withParent("conv_p").withWorkflowNodesEntered("node_1")
                .withVisitedAgents("agent_x").withVisitedBranches("vb_1")
                .withGuardrailsTriggered(List.of("hate"), List.of("no_prices")).withEvaluation("crit_1", "success")
                .withDataCollected("age", 30));
        fake.addConversation(Conversation.of("conv_b", 2_000).withDuration(300).withRating(5).withMainLanguage("de")
                .withTools(List.of(), List.of("book")).withTags("tag_2").withTopics("topic_2")
                .withTerminationReason("timeout").withInitiationSource("sip_trunk").withProductType("speech_engine")
                .withBranch("br_2").withVersion("v_2").withWorkflowNodesEntered("node_2").withVisitedAgents("agent_y")
                .withVisitedBranches("vb_2").withGuardrailsTriggered(List.of("prompt_injection"), List.of())
                .withFeedbackComment().withTextOnly().withEvaluation("crit_1", "failure").withDataCollected("age", 17)
                .withDataCollected("city", "Paris").withStatus("failed"));
        fake.addConversation(Conversation.of("conv_c", 3_000).withStatus("initiated"));
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("visitedAgentIds=agent_x", List.of("conv_a")),
                Arguments.of("visitedAgentBranchIds=vb_2,vb_9", List.of("conv_b")),
                Arguments.of("callDurationMinSecs=100", List.of("conv_b")),
                Arguments.of("callDurationMaxSecs=60", List.of("conv_a", "conv_c")),
                Arguments.of("ratingMin=3", List.of("conv_b")),
                Arguments.of("ratingMax=3", List.of("conv_a")),
                Arguments.of("hasFeedbackComment=true", List.of("conv_b")),
                Arguments.of("textOnly=true", List.of("conv_b")),
                Arguments.of("evaluationParams=crit_1:failure", List.of("conv_b")),
                Arguments.of("dataCollectionParams=age:gte:18", List.of("conv_a")),
                Arguments.of("dataCollectionParams=age:lt:18", List.of("conv_b")),
                Arguments.of("dataCollectionParams=RAW(city:in:Rome|Paris)", List.of("conv_b")),
                Arguments.of("dataCollectionParams=city:exists", List.of("conv_b")),
                Arguments.of("dataCollectionParams=city:missing", List.of("conv_a", "conv_c")),
                Arguments.of("dataCollectionParams=age:neq:30,age:exists", List.of("conv_b")),
                Arguments.of("toolNames=search,book", List.of("conv_a", "conv_b")),
                Arguments.of("toolNamesSuccessful=search,book", List.of("conv_a")),
                Arguments.of("toolNamesErrored=book", List.of("conv_b")),
                Arguments.of("mainLanguages=de,fr", List.of("conv_b")),
                Arguments.of("topicIds=topic_1", List.of("conv_a")),
                Arguments.of("tagIds=tag_2", List.of("conv_b")),
                Arguments.of("terminationReasons=timeout", List.of("conv_b")),
                Arguments.of("customGuardrailNames=no_prices", List.of("conv_a")),
                Arguments.of("guardrailTypes=hate,violence", List.of("conv_a")),
                Arguments.of("conversationInitiationSource=widget", List.of("conv_a")),
                Arguments.of("conversationProductType=speech_engine", List.of("conv_b")),
                Arguments.of("conversationProductType=agents", List.of("conv_a", "conv_c")),
                Arguments.of("branchId=br_1", List.of("conv_a")),
                Arguments.of("versionId=v_2", List.of("conv_b")),
                Arguments.of("parentConversationId=conv_p", List.of("conv_a")),
                Arguments.of("workflowNodeEnteredId=node_2", List.of("conv_b")),
                Arguments.of("excludeStatuses=done,failed", List.of("conv_c")),
                Arguments.of("mainLanguages=en,de&ratingMin=4", List.of("conv_b")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void aListingFindsOnlyTheConversationsThatMatchItsFilters(String filters, List<String> expected)
            throws Exception {
        Exchange exchange = camel().createProducerTemplate().request(onFake("list", filters), e -> { });

        assertThat(summariesOf(exchange)).extracting(ConversationSummary::getConversationId)
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
