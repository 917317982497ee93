package io.github.camelelevenlabs;

import java.util.Map;

import io.github.camelelevenlabs.fake.FakeElevenLabs.RecordedRequest;
import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.apache.camel.builder.Builder.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteConversationTest extends FakeElevenLabsTestSupport {

    @Test
    void aJavaDslRouteDeletesTheConversationNamedInTheBody() throws Exception {
        fake.addConversations("conv_01jx8k6rbnfcp8ty2pp1sy8kqs", "conv_kept");
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase")
                        .setHeader("CamelElevenLabsConversationId", simple("${body}"))
                        .to(deleteOnFake())
                        .to("mock:deleted");
            }
        });
        MockEndpoint deleted = context.getEndpoint("mock:deleted", MockEndpoint.class);
        deleted.expectedMessageCount(1);

        context.createProducerTemplate().sendBody("direct:erase", "conv_01jx8k6rbnfcp8ty2pp1sy8kqs");

        deleted.assertIsSatisfied();
        assertThat(fake.conversationIds()).containsExactly("conv_kept");
        RecordedRequest request = fake.requests().get(0);
        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.rawPath()).isEqualTo("/v1/convai/conversations/conv_01jx8k6rbnfcp8ty2pp1sy8kqs");
        assertThat(request.headers()).containsEntry("xi-api-key", KEY);
    }

    @Test
    void afterADeleteTheMessageCarriesTheParsedAnswerTheStatusTheRequestIdAndTheId() throws Exception {
        fake.addConversations("conv_a");
        CamelContext context = camel();

        Exchange exchange = deleteVia(context, deleteOnFake(), "conv_a");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo(Map.of());
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.REQUEST_ID, String.class))
                .startsWith("req_fake_");
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID)).isEqualTo("conv_a");
    }

    @Test
    void anEmptyAnswerLeavesANullBody() throws Exception {
        fake.answerDeletesWith(FakeElevenLabs.offContract(
                aResponse().withStatus(200).withHeader("request-id", "req_empty"),
                "the real service answers some deletes with an empty body"));
        CamelContext context = camel();

        Exchange exchange = deleteVia(context, deleteOnFake(), "conv_a");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isNull();
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.REQUEST_ID)).isEqualTo("req_empty");
    }

    @Test
    void theConversationIdOptionIsUsedWhenTheHeaderIsAbsent() throws Exception {
        fake.addConversations("conv_from_option");
        CamelContext context = camel();

        Exchange exchange = deleteVia(context, deleteOnFake("conversationId=conv_from_option"), null);

        assertThat(exchange.getException()).isNull();
        assertThat(fake.hasConversation("conv_from_option")).isFalse();
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID)).isEqualTo("conv_from_option");
    }

    @Test
    void theHeaderWinsOverTheConversationIdOption() throws Exception {
        fake.addConversations("conv_from_header", "conv_from_option");
        CamelContext context = camel();

        Exchange exchange = deleteVia(context, deleteOnFake("conversationId=conv_from_option"), "conv_from_header");

        assertThat(exchange.getException()).isNull();
        assertThat(fake.conversationIds()).containsExactly("conv_from_option");
    }

    @Test
    void aNumberHeaderIsNotAConversationIdAndNothingIsSent() throws Exception {
        fake.addConversations("12345");
        CamelContext context = camel();

        Exchange exchange = deleteVia(context, deleteOnFake(), 12345);

        assertThat(exchange.getException()).isInstanceOf(InvalidConversationIdException.class);
        assertThat(fake.conversationIds()).containsExactly("12345");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void theRequestNamesTheComponentAndAsksForJson() throws Exception {
        fake.addConversations("conv_a");
        CamelContext context = camel();

        deleteVia(context, deleteOnFake(), "conv_a");

        Map<String, String> headers = fake.requests().get(0).headers();
        assertThat(headers.get("User-Agent")).matches("camel-elevenlabs/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(headers.get("Accept")).isEqualTo("application/json");
    }

    @ParameterizedTest
    @CsvSource({
            "default, https://api.elevenlabs.io",
            "us,      https://api.us.elevenlabs.io",
            "eu,      https://api.eu.residency.elevenlabs.io",
            "in,      https://api.in.residency.elevenlabs.io",
            "sg,      https://api.sg.residency.elevenlabs.io",
            "EU,      https://api.eu.residency.elevenlabs.io" })
    void eachRegionHasItsServiceUrl(String region, String serviceUrl) throws Exception {
        CamelContext context = camel();

        ElevenLabsEndpoint endpoint = context.getEndpoint(
                "elevenlabs:conversations?operation=delete&region=" + region, ElevenLabsEndpoint.class);

        assertThat(endpoint.getServiceUrl()).isEqualTo(serviceUrl);
        assertThat(endpoint.getServiceProtocol()).isEqualTo("https");
    }

    @ParameterizedTest
    @CsvSource({ "default", "us", "eu", "in", "sg" })
    void inEveryRegionTheBaseUrlOverrideIsWhereTheDeleteGoes(String region) throws Exception {
        fake.addConversations("conv_" + region);
        CamelContext context = camel();
        String uri = deleteOnFake("region=" + region);

        Exchange exchange = deleteVia(context, uri, "conv_" + region);

        assertThat(exchange.getException()).isNull();
        assertThat(context.getEndpoint(uri, ElevenLabsEndpoint.class).getServiceUrl()).isEqualTo(fake.baseUrl());
        assertThat(fake.hasConversation("conv_" + region)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "elevenlabs:conversations?operation=delete&region=mars|mars",
            "elevenlabs:conversations?operation=purge|purge",
            "elevenlabs:conversations?operation=delete&colour=blue|colour",
            "elevenlabs:agents?operation=delete|Unknown ElevenLabs resource 'agents'",
            "elevenlabs:conversations?region=eu|The operation option is required" })
    void aWrongUriFailsEndpointCreationNamingWhatIsWrong(String uri, String named) throws Exception {
        CamelContext context = camel();

        assertThatThrownBy(() -> context.getEndpoint(uri)).hasStackTraceContaining(named);
    }

    @Test
    void theElevenLabsEndpointCannotConsume() throws Exception {
        CamelContext context = camel();

        assertThatThrownBy(
                () -> context.getEndpoint(deleteOnFake()).createConsumer(exchange -> { }))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withSynchronousFalseTheRouteContinuesOffTheHttpClientsIoThreadsSoThatABlockingStepStallsNoOtherCall()
            throws Exception {
        fake.addConversations("conv_a");
        java.util.concurrent.atomic.AtomicReference<String> thread = new java.util.concurrent.atomic.AtomicReference<>();
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase").setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                        .to(deleteOnFake("synchronous=false"))
                        .process(e -> thread.set(Thread.currentThread().getName()));
            }
        });

        context.createProducerTemplate().sendBody("direct:erase", "conv_a");

        assertThat(thread.get()).contains("ElevenLabsCallbacks").doesNotContain("dispatch");
    }
}
