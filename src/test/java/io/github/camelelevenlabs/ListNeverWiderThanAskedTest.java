package io.github.camelelevenlabs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.camelelevenlabs.fake.Conversation;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listing often feeds deletes, so it is never wider than asked: no filter at all needs {@code unfiltered=true}, and
 * a filter header without a usable value is refused, never read as "no filter". Every refusal comes before anything
 * is sent.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ListNeverWiderThanAskedTest extends FakeElevenLabsTestSupport {

    private void seedTwoUsers() {
        fake.addConversation(Conversation.of("conv_u1", 1_000).withUser("user_1"));
        fake.addConversation(Conversation.of("conv_u2", 2_000).withUser("user_2"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> listed(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        List<String> ids = new ArrayList<>();
        ((Iterator<ConversationSummary>) exchange.getMessage().getBody())
                .forEachRemaining(c -> ids.add(c.getConversationId()));
        return ids;
    }

    @Test
    void aListingWithNoFilterIsRefusedBeforeSendingAndSaysHowToAskForTheWholeAccount() throws Exception {
        seedTwoUsers();
        CamelContext context = camel();

        Exchange bare = context.createProducerTemplate().request(onFake("list"), e -> { });
        Exchange pageSizeOnly = context.createProducerTemplate().request(onFake("list", "pageSize=10"),
                e -> e.getMessage().setHeader(ElevenLabsConstants.PAGE_SIZE, 5));

        for (Exchange refused : List.of(bare, pageSizeOnly)) {
            assertThat(refused.getException()).isInstanceOf(InvalidListFilterException.class)
                    .hasMessageContaining("has no filter").hasMessageContaining("unfiltered=true")
                    .hasMessageContaining("Nothing was listed");
        }
        assertThat(fake.requests()).as("nothing sent").isEmpty();
    }

    @Test
    void anEndpointThatSaysUnfilteredListsTheWholeAccount() throws Exception {
        seedTwoUsers();
        CamelContext context = camel();

        Exchange exchange = context.createProducerTemplate().request(onFake("list", "unfiltered=true"), e -> { });

        assertThat(listed(exchange)).containsExactly("conv_u2", "conv_u1");
        assertThat(fake.requests()).singleElement().satisfies(r -> assertThat(r.rawQuery()).isEqualTo("page_size=30"));
    }

    @Test
    void anyOneFilterFromAnOptionOrAHeaderIsEnough() throws Exception {
        seedTwoUsers();
        CamelContext context = camel();

        List<String> byOption = listed(context.createProducerTemplate()
                .request(onFake("list", "userId=user_1"), e -> { }));
        List<String> byHeader = listed(context.createProducerTemplate().request(onFake("list"),
                e -> e.getMessage().setHeader(ElevenLabsConstants.CALL_START_AFTER_UNIX, "1500")));

        assertThat(byOption).containsExactly("conv_u1");
        assertThat(byHeader).containsExactly("conv_u2");
    }

    static Stream<Arguments> unusableFilterHeaders() {
        List<Arguments> cases = new ArrayList<>();
        for (String header : List.of(ElevenLabsConstants.USER_ID, ElevenLabsConstants.AGENT_ID,
                ElevenLabsConstants.SEARCH, ElevenLabsConstants.CALL_SUCCESSFUL)) {
            cases.add(Arguments.of(header, null, "is present with no value (null)"));
            cases.add(Arguments.of(header, "", "is empty"));
            cases.add(Arguments.of(header, " \t", "is blank"));
            cases.add(Arguments.of(header, List.of("user_1", "user_2"), "is a java.util"));
            cases.add(Arguments.of(header, Map.of("id", "user_1"), "is a java.util"));
            cases.add(Arguments.of(header, 42, "is a java.lang.Integer, not text"));
        }
        for (String header : List.of(ElevenLabsConstants.CALL_START_BEFORE_UNIX,
                ElevenLabsConstants.CALL_START_AFTER_UNIX)) {
            cases.add(Arguments.of(header, null, "is present with no value (null)"));
            cases.add(Arguments.of(header, "", "is empty"));
            cases.add(Arguments.of(header, "  ", "is blank"));
            cases.add(Arguments.of(header, "1700000000.5", "digits only"));
            cases.add(Arguments.of(header, "-5", "digits only"));
            cases.add(Arguments.of(header, "1e9", "digits only"));
            cases.add(Arguments.of(header, "99999999999999999999", "too large"));
            cases.add(Arguments.of(header, 1.5, "not a whole number of seconds"));
            cases.add(Arguments.of(header, Double.NaN, "not a whole number of seconds"));
            cases.add(Arguments.of(header, -1L, "is negative"));
            cases.add(Arguments.of(header, List.of(1_700_000_000L), "not a Unix time in seconds"));
            cases.add(Arguments.of(header, Boolean.TRUE, "not a Unix time in seconds"));
        }
        return cases.stream();
    }

    /**
     * Even on an endpoint that may list the whole account, and one whose option names a user: a header that is there
     * asks for that filter, and without a usable value the listing would be wider than asked.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("unusableFilterHeaders")
    void aFilterHeaderWithoutAUsableValueIsRefusedNamingTheHeaderAndWhy(String header, Object value, String why)
            throws Exception {
        seedTwoUsers();
        CamelContext context = camel();

        for (String uri : List.of(onFake("list", "unfiltered=true"), onFake("list", "userId=user_1"))) {
            Exchange exchange = context.createProducerTemplate().request(uri,
                    e -> e.getMessage().setHeader(header, value));

            assertThat(exchange.getException()).as(uri).isInstanceOf(InvalidListFilterException.class)
                    .hasMessageContaining("(header " + header + ") ").hasMessageContaining(why);
        }
        assertThat(fake.requests()).as("nothing sent").isEmpty();
    }

    @Test
    void aRefusedFilterValueIsShownEscapedAndCutInTheMessage() throws Exception {
        CamelContext context = camel();
        Map<String, Object> headers = Map.of(
                ElevenLabsConstants.CALL_START_BEFORE_UNIX, "1\r\n12:00:00 INFO forged",
                ElevenLabsConstants.CALL_START_AFTER_UNIX, "9".repeat(100_000),
                ElevenLabsConstants.CALL_SUCCESSFUL, "x".repeat(100_000));

        for (Map.Entry<String, Object> header : headers.entrySet()) {
            Exchange exchange = context.createProducerTemplate().request(onFake("list", "unfiltered=true"),
                    e -> e.getMessage().setHeader(header.getKey(), header.getValue()));

            assertThat(exchange.getException()).as(header.getKey()).isInstanceOf(InvalidListFilterException.class);
            assertThat(exchange.getException().getMessage()).as(header.getKey()).doesNotContain("\r", "\n")
                    .hasSizeLessThan(2_000);
        }
        assertThat(fake.requests()).as("nothing sent").isEmpty();
    }

    @Test
    void aPageSizeHeaderThatIsNotANumberFrom1To100IsAnInvalidListFilter() throws Exception {
        CamelContext context = camel();

        for (Object pageSize : List.of("abc", 0, 101, "-1")) {
            Exchange exchange = context.createProducerTemplate().request(onFake("list", "unfiltered=true"),
                    e -> e.getMessage().setHeader(ElevenLabsConstants.PAGE_SIZE, pageSize));

            assertThat(exchange.getException()).as("%s", pageSize).isInstanceOf(InvalidListFilterException.class)
                    .hasMessageContaining("between 1 and 100");
        }
        assertThat(fake.requests()).as("nothing sent").isEmpty();
    }

    @Test
    void unixTimesAreAcceptedAsWholeNumbersOrDigits() throws Exception {
        seedTwoUsers();
        CamelContext context = camel();

        for (Object before : List.of(1_500, 1_500L, new BigInteger("1500"), 1500.0, "1500")) {
            List<String> ids = listed(context.createProducerTemplate().request(onFake("list"),
                    e -> e.getMessage().setHeader(ElevenLabsConstants.CALL_START_BEFORE_UNIX, before)));

            assertThat(ids).as("%s (%s)", before, before.getClass().getSimpleName()).containsExactly("conv_u1");
        }
        assertThat(fake.requests()).extracting(r -> r.rawQuery())
                .containsOnly("call_start_before_unix=1500&page_size=30");
    }

    /**
     * Camel 4.18 keeps a header set to null ({@code setHeader(name, body())} of a null body): the listing sees it is
     * there and refuses it, rather than listing every user's conversations.
     */
    @Test
    void aUserIdHeaderSetFromANullBodyIsKeptByCamelAndRefused() throws Exception {
        seedTwoUsers();
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:list-user")
                        .setHeader(ElevenLabsConstants.USER_ID, body())
                        .to(onFake("list", "unfiltered=true"));
            }
        });
        Exchange nullHeader = new DefaultExchange(context);
        nullHeader.getMessage().setHeader(ElevenLabsConstants.USER_ID, null);

        Exchange exchange = context.createProducerTemplate().send("direct:list-user", e -> e.getMessage().setBody(null));

        assertThat(nullHeader.getMessage().getHeaders()).as("Camel keeps a null-valued header")
                .containsEntry(ElevenLabsConstants.USER_ID, null);
        assertThat(exchange.getException()).isInstanceOf(InvalidListFilterException.class)
                .hasMessageContaining("user_id filter (header CamelElevenLabsUserId) is present with no value");
        assertThat(fake.requests()).as("nothing sent").isEmpty();
    }
}
