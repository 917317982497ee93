package io.github.camelelevenlabs;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationIdTest extends FakeElevenLabsTestSupport {

    static Stream<Arguments> idsNoConversationCanHave() {
        return Stream.of(
                Arguments.of("absent", null, "No conversation id"),
                Arguments.of("empty", "", "The conversation id (the CamelElevenLabsConversationId header) is empty"),
                Arguments.of("blank", "   ", "(the CamelElevenLabsConversationId header) is blank: set it to one conversation id"),
                Arguments.of("tab only", "\t", "blank"),
                Arguments.of("dot", ".", "dot segment"),
                Arguments.of("dot dot", "..", "dot segment"),
                Arguments.of("newline at the end", "conv_abc\n", "control character U+000A"),
                Arguments.of("carriage return", "conv_abc\r", "control character U+000D"),
                Arguments.of("NUL", "conv\u0000abc", "control character U+0000"),
                Arguments.of("DEL", "conv\u007fabc", "control character U+007F"),
                Arguments.of("C1 control", "conv\u0085abc", "control character U+0085"),
                Arguments.of("unpaired surrogate", "conv_\ud800", "unpaired surrogate"),
                Arguments.of("513 characters", "c".repeat(513), "513 characters long"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idsNoConversationCanHave")
    void anIdNoConversationCanHaveFailsTheExchangeBeforeAnythingIsSent(String what, String id, String reason)
            throws Exception {
        CamelContext context = camel();

        Exchange exchange = deleteVia(context, deleteOnFake(), id);

        assertThat(exchange.getException()).isInstanceOf(InvalidConversationIdException.class)
                .hasMessageContaining(reason);
        assertThat(fake.requests()).isEmpty();
    }

    static Stream<Arguments> headersThatAreNotText() {
        return Stream.of(
                Arguments.of("a List", List.of("conv_a", "conv_b"), "java.util"),
                Arguments.of("a Map", Map.of("id", "conv_a"), "java.util"),
                Arguments.of("a number", 42, "java.lang.Integer"),
                Arguments.of("bytes that are not UTF-8", new byte[] { (byte) 0xC3, (byte) 0x28 }, "not UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headersThatAreNotText")
    void aConversationIdHeaderThatIsNotTextFailsTheExchangeBeforeAnythingIsSentEvenWithIgnoreNotFound(String what,
            Object header, String type) throws Exception {
        fake.addConversations("conv_a", "[conv_a, conv_b]", "42");
        CamelContext context = camel();

        Exchange exchange = deleteVia(context, deleteOnFake("ignoreNotFound=true"), header);

        assertThat(exchange.getException()).isInstanceOf(InvalidConversationIdException.class)
                .hasMessageContaining(type);
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.NOT_FOUND)).as("no erasure recorded").isNull();
        assertThat(fake.requests()).isEmpty();
    }

    /** {@code setHeader(id, body())} of a null body asks for no conversation: not for the endpoint's own. */
    @Test
    void aConversationIdHeaderSetToNullIsRefusedRatherThanReplacedByTheEndpointsConversationId() throws Exception {
        fake.addConversations("conv_option");
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase").setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                        .to(deleteOnFake("conversationId=conv_option"));
            }
        });

        Exchange exchange = context.createProducerTemplate().send("direct:erase", e -> e.getMessage().setBody(null));

        assertThat(exchange.getException()).isInstanceOf(InvalidConversationIdException.class)
                .hasMessageContaining("present with no value (null)");
        assertThat(fake.hasConversation("conv_option")).isTrue();
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aConversationIdHeaderOfUtf8BytesAsCamelKafkaGivesRecordHeadersIsText() throws Exception {
        fake.addConversations("conv_é");

        Exchange exchange = deleteVia(camel(), deleteOnFake(), "conv_é".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(exchange.getException()).isNull();
        assertThat(fake.hasConversation("conv_é")).isFalse();
    }

    @Test
    void aConversationIdHeaderThatIsAStringBuilderIsText() throws Exception {
        fake.addConversations("conv_a");

        Exchange exchange = deleteVia(camel(), deleteOnFake(), new StringBuilder("conv_a"));

        assertThat(exchange.getException()).isNull();
        assertThat(fake.hasConversation("conv_a")).isFalse();
    }

    @Test
    void anIdOf512CharactersIsAccepted() throws Exception {
        String id = "c".repeat(512);
        fake.addConversations(id);
        CamelContext context = camel();

        Exchange exchange = deleteVia(context, deleteOnFake(), id);

        assertThat(exchange.getException()).isNull();
        assertThat(fake.hasConversation(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a/b", "x?y=1", "a#b", "%2F", "100%", "with space", "plus+sign", "ünïcødé", "会话", "emoji😀",
            "semi;colon", "a..b", "...", "-._~", "back\\slash", "quote\"s", "<tag>", "conv_01jx8k6rbnfcp8ty2pp1sy8kqs" })
    void everyOtherIdReachesTheServerVerbatimAsOnePathSegment(String id) throws Exception {
        fake.addConversations(id);
        CamelContext context = camel();

        Exchange exchange = deleteVia(context, deleteOnFake(), id);

        assertThat(exchange.getException()).isNull();
        assertThat(fake.hasConversation(id)).as("deleted on the server").isFalse();
        List<String> segments = fake.requests().get(0).rawSegments();
        assertThat(segments).hasSize(4).startsWith("v1", "convai", "conversations");
        assertThat(FakeElevenLabs.decodeSegment(segments.get(3))).isEqualTo(id);
    }

    @Test
    void unreservedCharactersAreSentAsTheyAreAndEverythingElseIsPercentEncoded() {
        assertThat(ConversationId.of("conv_AZaz09-._~").pathSegment()).isEqualTo("conv_AZaz09-._~");
        assertThat(ConversationId.of("a/b?c#d%e f+g").pathSegment()).isEqualTo("a%2Fb%3Fc%23d%25e%20f%2Bg");
        assertThat(ConversationId.of("é").pathSegment()).isEqualTo("%C3%A9");
    }
}
