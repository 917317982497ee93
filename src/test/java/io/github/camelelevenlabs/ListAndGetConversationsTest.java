package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelelevenlabs.fake.Conversation;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static org.assertj.core.api.Assertions.assertThat;

class ListAndGetConversationsTest extends FakeElevenLabsTestSupport {

    private static List<ConversationSummary> drain(Exchange exchange) {
        return summariesOf(exchange);
    }

    private static void seed(int count, String agent, String user, long firstStart) {
        for (int i = 0; i < count; i++) {
            fake.addConversation(Conversation.of(String.format("conv_%s_%s_%03d", agent, user, i), firstStart + i)
                    .withAgent(agent).withUser(user));
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void listFollowsTheCursorThroughEveryPageNewestFirst(Transport transport) throws Exception {
        seed(25, "agent_a", null, 1_000);
        CamelContext context = camel();

        Exchange exchange = context.createProducerTemplate()
                .request(onFake("list", transport.with("pageSize=10", "unfiltered=true")), e -> { });

        List<ConversationSummary> all = drain(exchange);
        assertThat(all).hasSize(25);
        assertThat(all.get(0).getConversationId()).isEqualTo("conv_agent_a_null_024");
        assertThat(all.get(24).getConversationId()).isEqualTo("conv_agent_a_null_000");
        assertThat(all).extracting(ConversationSummary::getStartTimeUnixSecs).isSortedAccordingTo((a, b) -> Long
                .compare(b, a));
        assertThat(fake.requests()).hasSize(3);
    }

    @Test
    void pagesAreFetchedOnlyAsTheListIsIterated() throws Exception {
        seed(25, "agent_a", null, 1_000);
        CamelContext context = camel();

        Exchange exchange = context.createProducerTemplate().request(onFake("list", "pageSize=10", "agentId=agent_a"),
                e -> { });

        assertThat(fake.requests()).as("only the first page before iterating").hasSize(1);
        @SuppressWarnings("unchecked")
        Iterator<ConversationSummary> conversations = (Iterator<ConversationSummary>) exchange.getMessage().getBody();
        for (int i = 0; i < 11; i++) {
            conversations.next();
        }
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void filtersComeFromOptionsAndHeadersWinOverThem() throws Exception {
        seed(3, "agent_a", "user_1", 1_000);
        seed(4, "agent_b", "user_1", 2_000);
        seed(5, "agent_b", "user_2", 3_000);
        CamelContext context = camel();

        List<ConversationSummary> fromOption = drain(context.createProducerTemplate()
                .request(onFake("list", "agentId=agent_b"), e -> { }));
        List<ConversationSummary> fromHeader = drain(context.createProducerTemplate()
                .request(onFake("list", "agentId=agent_b"), e -> {
                    e.getMessage().setHeader(ElevenLabsConstants.AGENT_ID, "agent_a");
                    e.getMessage().setHeader(ElevenLabsConstants.USER_ID, "user_1");
                }));
        List<ConversationSummary> byTime = drain(context.createProducerTemplate()
                .request(onFake("list", "callStartAfterUnix=2001", "callStartBeforeUnix=3003"), e -> { }));

        assertThat(fromOption).hasSize(9).allSatisfy(c -> assertThat(c.getAgentId()).isEqualTo("agent_b"));
        assertThat(fromHeader).hasSize(3).allSatisfy(c -> assertThat(c.getAgentId()).isEqualTo("agent_a"));
        assertThat(byTime).extracting(ConversationSummary::getStartTimeUnixSecs)
                .containsExactlyInAnyOrder(2002L, 2003L, 3000L, 3001L, 3002L);
        assertThat(fake.requests().get(2).rawPath()).isEqualTo("/v1/convai/conversations");
    }

    @Test
    void maxResultsBoundsTheTotal() throws Exception {
        seed(50, "agent_a", null, 1_000);

        List<ConversationSummary> all = drain(camel().createProducerTemplate()
                .request(onFake("list", "pageSize=20", "maxResults=25", "agentId=agent_a"), e -> { }));

        assertThat(all).hasSize(25);
        assertThat(fake.requests()).hasSize(2);
    }

    /**
     * Lists the user's conversations and deletes each as a streaming split consumes the listing, once.
     *
     * @return the ids deleted, in order
     */
    private List<String> eraseInOnePass(String user, String listUri, String deleteUri) throws Exception {
        List<String> deleted = new CopyOnWriteArrayList<>();
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase-user")
                        .setHeader(ElevenLabsConstants.USER_ID, body())
                        .to(listUri)
                        .split(body()).streaming()
                            .setHeader(ElevenLabsConstants.CONVERSATION_ID, simple("${body.conversationId}"))
                            .to(deleteUri)
                            .process(e -> deleted.add(e.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID,
                                    String.class)));
            }
        });
        context.createProducerTemplate().sendBody("direct:erase-user", user);
        return deleted;
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aStreamingSplitDeletesEveryListedConversationWhileDeletingSkipsNothing(Transport transport) throws Exception {
        seed(45, "agent_a", "user_x", 1_000);
        seed(5, "agent_a", "user_y", 5_000);

        List<String> deleted = eraseInOnePass("user_x", onFake("list", transport.with("pageSize=7")),
                onFake("delete", transport.with("ignoreNotFound=true")));

        assertThat(deleted).hasSize(45).doesNotHaveDuplicates();
        assertThat(fake.conversationIds()).hasSize(5).allMatch(id -> id.startsWith("conv_agent_a_"));
    }

    /**
     * What the erasure workflows guard against: ElevenLabs does not document how its cursor behaves when conversations
     * are deleted while paging, and with a cursor that names an offset one streaming pass leaves conversations behind.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void withAnOffsetCursorOneStreamingPassThatDeletesWhatItListsLeavesSomeBehind() throws Exception {
        seed(250, "agent_a", "user_x", 1_000);
        fake.useOffsetCursor();

        List<String> deleted = eraseInOnePass("user_x", onFake("list", "pageSize=100"), onFake("delete"));

        // 151 of the 250 here, as seen against the API
        assertThat(deleted).doesNotHaveDuplicates().hasSizeLessThan(250);
        assertThat(fake.conversationIds()).as("left behind, and nothing said so").hasSize(250 - deleted.size());
        assertThat(fake.deletions()).hasSize(deleted.size());
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aFailingLaterPageFailsTheSplitWithTheTypedCause(Transport transport) throws Exception {
        seed(15, "agent_a", null, 1_000);
        CamelContext context = camel();
        Exchange exchange = context.createProducerTemplate()
                .request(onFake("list", transport.with("pageSize=10", "maxRetries=0", "agentId=agent_a")), e -> { });
        fake.stubFor(get(urlPathEqualTo("/v1/convai/conversations")).atPriority(1)
                .willReturn(json(500, "{\"detail\":{\"status\":\"internal_error\"}}")));

        @SuppressWarnings("unchecked")
        Iterator<ConversationSummary> conversations = (Iterator<ConversationSummary>) exchange.getMessage().getBody();
        for (int i = 0; i < 10; i++) {
            conversations.next();
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(conversations::hasNext)
                .isInstanceOf(ConversationListingException.class)
                .hasCauseInstanceOf(ElevenLabsServerException.class);
    }

    @Test
    void aWrongPageSizeOrOutcomeIsRefusedBeforeSending() throws Exception {
        CamelContext context = camel();

        Exchange bigPage = context.createProducerTemplate().request(onFake("list", "agentId=agent_a"),
                e -> e.getMessage().setHeader(ElevenLabsConstants.PAGE_SIZE, 500));
        Exchange badOutcome = context.createProducerTemplate().request(onFake("list"),
                e -> e.getMessage().setHeader(ElevenLabsConstants.CALL_SUCCESSFUL, "maybe"));

        assertThat(bigPage.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageSize must be between 1 and 100");
        assertThat(badOutcome.getException()).isInstanceOf(InvalidListFilterException.class)
                .hasMessageContaining("call_successful filter (header CamelElevenLabsCallSuccessful) is 'maybe',"
                                      + " not one of success, failure, unknown");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aBlankFilterIsRefusedRatherThanDroppedSoThatAListingNeverWidensToTheWholeAccount() throws Exception {
        fake.addConversation(Conversation.of("conv_u", 1).withUser("user_1"));
        fake.addConversation(Conversation.of("conv_other", 2).withUser("user_2"));
        CamelContext context = camel();

        for (String blank : new String[] { "", " ", "\t" }) {
            Exchange exchange = context.createProducerTemplate().request(onFake("list"),
                    e -> e.getMessage().setHeader(ElevenLabsConstants.USER_ID, blank));

            assertThat(exchange.getException()).as("user id '%s'", blank)
                    .isInstanceOf(InvalidListFilterException.class)
                    .hasMessageContaining("user_id filter (header CamelElevenLabsUserId) is");
        }
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void getReturnsOneConversationsDetails() throws Exception {
        fake.addConversation(Conversation.of("conv_detail", 1_234).withAgent("agent_q").withUser("user_q"));

        Exchange exchange = camel().createProducerTemplate().request(onFake("get"),
                e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_detail"));

        assertThat(exchange.getException()).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) exchange.getMessage().getBody();
        assertThat(details).containsEntry("conversation_id", "conv_detail").containsEntry("agent_id", "agent_q")
                .containsEntry("user_id", "user_q").containsKey("transcript");
        assertThat(fake.hasConversation("conv_detail")).as("a get deletes nothing").isTrue();
    }

    @Test
    void getFollowsTheIdRulesAndFailsTypedOnAnUnknownId() throws Exception {
        CamelContext context = camel();

        Exchange dotDot = context.createProducerTemplate().request(onFake("get"),
                e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, ".."));
        Exchange unknown = context.createProducerTemplate().request(onFake("get"),
                e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_nope"));

        assertThat(dotDot.getException()).isInstanceOf(InvalidConversationIdException.class);
        assertThat(unknown.getException()).isInstanceOf(ElevenLabsNotFoundException.class)
                .hasMessageContaining("ElevenLabs get failed with HTTP 404");
    }

    @Test
    void aDryRunDeletesNothingAndSaysSo() throws Exception {
        fake.addConversations("conv_keep");

        Exchange exchange = deleteVia(camel(), deleteOnFake("dryRun=true"), "conv_keep");
        Exchange invalid = deleteVia(camel(), deleteOnFake("dryRun=true"), "..");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.DRY_RUN)).isEqualTo(true);
        assertThat(fake.hasConversation("conv_keep")).isTrue();
        assertThat(fake.requests()).isEmpty();
        assertThat(invalid.getException()).as("a dry run still checks the id")
                .isInstanceOf(InvalidConversationIdException.class);
    }

    /** A dry run after a listing, as the retention route does it: its audit must not show the listing's call. */
    @Test
    void aDryRunAfterAListingCarriesNoneOfTheListingsAnswerHeaders() throws Exception {
        fake.addConversations("conv_keep");
        CamelContext context = camel();
        Exchange exchange = context.createProducerTemplate().request(onFake("list", "unfiltered=true"), e -> { });
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.REQUEST_ID)).as("the listing's").isNotNull();

        exchange.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_keep");
        context.createProducerTemplate().send(deleteOnFake("dryRun=true"), exchange);

        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.DRY_RUN)).isEqualTo(true);
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS)).isEqualTo(0);
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKeys(ElevenLabsConstants.REQUEST_ID,
                ElevenLabsConstants.HTTP_RESPONSE_CODE);
        assertThat(fake.hasConversation("conv_keep")).isTrue();
    }
}
