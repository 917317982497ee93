package io.github.camelelevenlabs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camelelevenlabs.client.ApiKey;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.MessageHelper;
import org.apache.camel.support.processor.DefaultExchangeFormatter;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key is given on the endpoint URI, where Camel tools show it most, and everything a user can look at is searched
 * for it: DEBUG logs of every logger (Camel, the HTTP client, the component), the tracer, message history, exception
 * messages and stack traces, message headers, endpoint URIs and toString().
 */
class ApiKeyNeverShownTest extends FakeElevenLabsTestSupport {

    /**
     * What the README recommends, the key in the environment, read by the component alone: even with Camel dumping
     * its routes and every logger at DEBUG, the key is never shown. Given in the URI as a placeholder instead, the
     * dump shows it, as the README warns.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = { true, false })
    void withTheKeyInTheEnvironmentRouteDumpsAndDebugLogsNeverShowIt(boolean keyInTheEnvironment) throws Exception {
        fake.addConversations("conv_ok");
        String uri = keyInTheEnvironment ? deleteOnFake() : deleteOnFake("apiKey={{elevenlabs.api-key}}");
        String logged;

        try (CapturedLogs logs = new CapturedLogs()) {
            CamelContext context = new org.apache.camel.impl.DefaultCamelContext();
            ElevenLabsComponent component = new ElevenLabsComponent();
            component.setEnvironment(name -> keyInTheEnvironment && name.equals("ELEVENLABS_API_KEY") ? KEY : null);
            context.addComponent("elevenlabs", component);
            java.util.Properties properties = new java.util.Properties();
            if (!keyInTheEnvironment) {
                properties.put("elevenlabs.api-key", KEY);
            }
            context.getPropertiesComponent().setInitialProperties(properties);
            context.setDumpRoutes("yaml");
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:erase").routeId("erase").setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                            .to(uri);
                }
            });
            try {
                context.start();
                assertThat(context.createProducerTemplate().send("direct:erase", e -> e.getMessage().setBody("conv_ok"))
                        .getException()).isNull();
            } finally {
                context.stop();
            }
            logged = logs.text();
        }

        assertThat(logged).as("the routes were dumped").contains("elevenlabs:conversations");
        if (keyInTheEnvironment) {
            assertThat(logged).doesNotContain(KEY);
        } else {
            assertThat(logged).as("a key in the URI is shown by Camel's own dump").contains(KEY);
        }
    }

    @Test
    void theKeyAppearsNowhereAUserCanLook() throws Exception {
        fake.addConversations("conv_ok");
        fake.stubFor(delete("/v1/convai/conversations/conv_invalid").atPriority(1).willReturn(json(422, "{\"detail\":[{\"loc\":[\"path\",\"conversation_id\"],\"msg\":\"bad\",\"type\":\"t\"}]}")));
        fake.stubFor(delete("/v1/convai/conversations/conv_reset").atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String uri = deleteOnFake("apiKey=RAW(" + KEY + ")");
        List<String> seen = new ArrayList<>();

        try (CapturedLogs logs = new CapturedLogs()) {
            CamelContext context = camel((String) null, c -> {
                c.setTracing(true);
                c.setMessageHistory(true);
            }, new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:erase").routeId("erase")
                            .setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                            .to(uri)
                            .log("deleted ${header.CamelElevenLabsConversationId} ${headers} ${body}");
                }
            });
            for (String id : List.of("conv_ok", "conv_missing", "conv_invalid", "conv_reset", "..")) {
                Exchange exchange = context.createProducerTemplate().send("direct:erase",
                        e -> e.getMessage().setBody(id));
                seen.add(exchange.getMessage().getHeaders().toString());
                seen.add(String.valueOf(exchange.getMessage().getBody()));
                if (exchange.getException() != null) {
                    StringWriter trace = new StringWriter();
                    exchange.getException().printStackTrace(new PrintWriter(trace));
                    seen.add(trace.toString());
                    DefaultExchangeFormatter formatter = new DefaultExchangeFormatter();
                    formatter.setShowAll(true);
                    seen.add(MessageHelper.dumpMessageHistoryStacktrace(exchange, formatter, true));
                }
            }
            ElevenLabsEndpoint endpoint = context.getEndpoint(uri, ElevenLabsEndpoint.class);
            seen.add(endpoint.toString());
            seen.add(endpoint.getEndpointUri());
            seen.add(endpoint.getConfiguration().toString());
            seen.add(context.getRoute("erase").toString());
            seen.add(context.getRoute("erase").getEndpoint().toString());
            context.getEndpoints().forEach(e -> seen.add(e.toString()));
            seen.add(logs.text());
            assertThat(logs.text()).as("the DEBUG logs were captured").contains("Deleting conversation conv_ok")
                    .contains("DEBUG org.apache.camel");
            assertThat(logs.text()).as("the tracer's output was captured").contains("*--> [erase");
            assertThat(endpoint.getEndpointUri()).contains("apiKey=" + ApiKey.fingerprint(KEY));
        }

        assertThat(String.join("\n", seen)).doesNotContain(KEY);
        assertThat(fake.requests()).hasSize(4).allSatisfy(r -> assertThat(r.headers()).containsEntry("xi-api-key", KEY));
    }

    @Test
    void endpointsThatDifferOnlyInTheirKeyStayDistinct() throws Exception {
        CamelContext context = camel();

        var first = context.getEndpoint(deleteOnFake("apiKey=sk_fake_first"));
        var second = context.getEndpoint(deleteOnFake("apiKey=sk_fake_second"));

        assertThat(first).isNotEqualTo(second);
        assertThat(first.getEndpointUri()).isNotEqualTo(second.getEndpointUri()).doesNotContain("sk_fake_first");
        assertThat(((ElevenLabsEndpoint) second).getConfiguration().getApiKey()).isEqualTo("sk_fake_second");
    }

    @Test
    void noExceptionTheComponentRaisesQuotesTheKey() throws Exception {
        CamelContext context = camel();
        fake.answerDeletesWith(json(401, "{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}"));

        Exchange exchange = deleteVia(context, deleteOnFake(), "conv_a");

        assertThat(exchange.getException().getMessage()).doesNotContain(KEY);
        assertThat(((ElevenLabsException) exchange.getException()).getResponseHeaders().toString()).doesNotContain(KEY);
    }

    @Test
    void theKeyIsHiddenWhateverTheCaseOfTheOptionNameAndTheOtherOptionsAreKeptAsTheyWere() throws Exception {
        CamelContext context = camel();

        String lower = context.getEndpoint(deleteOnFake("apikey=sk_fake_lowercase_name")).getEndpointUri();
        String raw = context.getEndpoint(deleteOnFake("ApiKey=RAW(sk_fake&with)ampersand)")).getEndpointUri();

        assertThat(lower).doesNotContain("sk_fake_lowercase_name").contains("apikey=hidden-")
                .contains("baseUrl=http%3A%2F%2F127.0.0.1").doesNotContain("%25");
        assertThat(raw).doesNotContain("sk_fake").doesNotContain("ampersand").contains("ApiKey=hidden-")
                .contains("operation=delete");
    }
}
