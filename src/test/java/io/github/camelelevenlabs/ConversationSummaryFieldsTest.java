package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelelevenlabs.fake.Conversation;
import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A listed conversation keeps every field ElevenLabs sent: the common ones typed, the rest by name, nothing dropped,
 * nothing changeable; and {@code operation=get} answers in the form the endpoint asks for.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConversationSummaryFieldsTest extends FakeElevenLabsTestSupport {

    private static ConversationSummary read(Map<String, Object> json) {
        return ConversationListing.Page.of(Map.of("conversations", List.of(json), "has_more", false))
                .conversations().get(0);
    }

    @Test
    void theCommonFieldsAreTypedAndEveryOtherFieldIsKeptByName() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("conversation_id", "conv_1");
        json.put("agent_id", "agent_a");
        json.put("start_time_unix_secs", 1_700_000_000L);
        json.put("message_count", 12);
        json.put("branch_id", "br_1");
        json.put("version_id", "v_1");
        json.put("termination_reason", "end_call tool");
        json.put("call_success_score", 0.75);
        json.put("transcript_summary", "The user asked about prices.");
        json.put("call_summary_title", "Prices");
        json.put("main_language", "en");
        json.put("conversation_initiation_source", "widget");
        json.put("tool_names", List.of("search", "book"));
        json.put("direction", "inbound");
        json.put("rating", 4);
        json.put("tag_ids", List.of("tag_1"));
        json.put("sentiment_analysis", Map.of("overall", "positive"));
        json.put("data_collection_results", Map.of("age", Map.of("value", 30)));
        json.put("evaluation_criteria_results", Map.of("crit_1", Map.of("result", "success")));
        json.put("a_field_added_later", Map.of("nested", List.of(1, 2)));
        json.put("another_one", "x");

        ConversationSummary summary = read(json);

        assertThat(summary.getMessageCount()).isEqualTo(12);
        assertThat(summary.getBranchId()).isEqualTo("br_1");
        assertThat(summary.getVersionId()).isEqualTo("v_1");
        assertThat(summary.getTerminationReason()).isEqualTo("end_call tool");
        assertThat(summary.getCallSuccessScore()).isEqualTo(0.75);
        assertThat(summary.getTranscriptSummary()).isEqualTo("The user asked about prices.");
        assertThat(summary.getCallSummaryTitle()).isEqualTo("Prices");
        assertThat(summary.getMainLanguage()).isEqualTo("en");
        assertThat(summary.getConversationInitiationSource()).isEqualTo("widget");
        assertThat(summary.getToolNames()).containsExactly("search", "book");
        assertThat(summary.getDirection()).isEqualTo("inbound");
        assertThat(summary.getRating()).isEqualTo(4.0);
        assertThat(summary.getTagIds()).containsExactly("tag_1");
        assertThat(summary.getSentimentAnalysis()).containsEntry("overall", "positive");
        assertThat(summary.getDataCollectionResults()).containsEntry("age", Map.of("value", 30));
        assertThat(summary.getEvaluationCriteriaResults()).containsKey("crit_1");
        assertThat(summary.getOtherFields()).containsOnlyKeys("a_field_added_later", "another_one")
                .containsEntry("another_one", "x");
        assertThat(summary.getConversationId()).isEqualTo("conv_1");
    }

    @Test
    void aTypedFieldOfAnotherTypeIsKeptAmongTheOtherFieldsRatherThanDroppedOrFailingThePage() {
        ConversationSummary summary = read(Map.of("conversation_id", "conv_1", "rating", "five",
                "tool_names", List.of("a", 1), "sentiment_analysis", "positive", "main_language", List.of("en")));

        assertThat(summary.getRating()).isNull();
        assertThat(summary.getToolNames()).isNull();
        assertThat(summary.getSentimentAnalysis()).isNull();
        assertThat(summary.getMainLanguage()).isNull();
        assertThat(summary.getOtherFields()).containsOnlyKeys("rating", "tool_names", "sentiment_analysis",
                "main_language");
        assertThat(read(Map.of("conversation_id", "conv_2")).getMessageCount()).as("not sent").isNull();
    }

    @Test
    void nothingCanChangeASummaryOnceRead() {
        ConversationSummary summary = read(Map.of("conversation_id", "conv_1", "tool_names", List.of("a"),
                "sentiment_analysis", Map.of("scores", new ArrayList<>(List.of(1))), "x_new", Map.of()));

        assertThatThrownBy(() -> summary.getToolNames().add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> summary.getOtherFields().put("y", 1))
                .isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> nested = (List<Object>) summary.getSentimentAnalysis().get("scores");
        assertThatThrownBy(() -> nested.add(2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringShowsServerTextEscapedAndStaysShortWhateverElseCame() {
        ConversationSummary summary = read(Map.of("conversation_id", "conv_1\r\nINFO forged", "agent_id", "a",
                "transcript_summary", "s".repeat(100_000), "x_big", "b".repeat(100_000)));

        assertThat(summary.toString()).contains("conv_1\\r\\nINFO forged").doesNotContain("\r", "\n")
                .hasSizeLessThan(300);
    }

    @Test
    void theNewFieldsAreListedAndUsableFromTheSimpleLanguage() throws Exception {
        fake.addConversation(Conversation.of("conv_a", 1_000).withMainLanguage("de").withRating(5)
                .withTags("tag_1").with("call_summary_title", "Prices"));
        List<String> seen = new ArrayList<>();
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:list").to(onFake("list", "mainLanguages=de")).split(body())
                        .setBody(simple("${body.conversationId} ${body.mainLanguage} ${body.rating}"
                                        + " ${body.tagIds[0]} ${body.callSummaryTitle}"))
                        .process(e -> seen.add(e.getMessage().getBody(String.class)));
            }
        });

        context.createProducerTemplate().sendBody("direct:list", null);

        assertThat(seen).containsExactly("conv_a de 5.0 tag_1 Prices");
    }

    @Test
    void theResultsAndTheTranscriptSummaryAreListedOnlyWhenAskedFor() throws Exception {
        fake.addConversation(Conversation.of("conv_a", 1_000).withTranscriptSummary("About prices.")
                .withEvaluation("crit_1", "success").withEvaluation("crit_2", "failure")
                .withDataCollected("age", 30).withDataCollected("city", "Paris"));
        CamelContext context = camel();

        ConversationSummary plain = summariesOf(context.createProducerTemplate()
                .request(onFake("list", "agentId=agent_default"), e -> { })).get(0);
        ConversationSummary asked = summariesOf(context.createProducerTemplate().request(onFake("list",
                "agentId=agent_default", "summaryMode=include", "evaluationCriteriaIds=crit_2",
                "dataCollectionIds=age,email"), e -> { })).get(0);

        assertThat(plain.getTranscriptSummary()).isNull();
        assertThat(plain.getEvaluationCriteriaResults()).isNull();
        assertThat(plain.getDataCollectionResults()).isNull();
        assertThat(asked.getTranscriptSummary()).isEqualTo("About prices.");
        assertThat(asked.getEvaluationCriteriaResults()).containsOnlyKeys("crit_2");
        assertThat(asked.getDataCollectionResults()).containsOnlyKeys("age");
    }

    @Test
    void getSendsTheFormatOnlyWhenTheEndpointSetsItAndTheBodyIsTheParsedJsonEitherWay() throws Exception {
        fake.addConversation(Conversation.of("conv_t", 1_000));
        CamelContext context = camel();

        Map<String, Object> byDefault = getBody(context, onFake("get"));
        Map<String, Object> json = getBody(context, onFake("get", "format=json"));
        Map<String, Object> trace = getBody(context, onFake("get", "format=opentelemetry"));

        assertThat(fake.requests()).extracting(FakeElevenLabs.RecordedRequest::rawQuery)
                .containsExactly(null, "format=json", "format=opentelemetry");
        assertThat(byDefault).containsEntry("conversation_id", "conv_t");
        assertThat(json).containsEntry("conversation_id", "conv_t");
        assertThat(trace).containsKey("resourceSpans").doesNotContainKey("conversation_id");
        assertThat(trace.toString()).contains("conv_t");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> getBody(CamelContext context, String uri) {
        Exchange exchange = context.createProducerTemplate().request(uri,
                e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_t"));
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(Map.class);
    }
}
