package io.github.camelelevenlabs;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.util.ObjectHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeyTest extends FakeElevenLabsTestSupport {

    private static String sentKey() {
        return fake.requests().get(0).headers().get("xi-api-key");
    }

    @Test
    void theEndpointsKeyWinsOverTheComponents() throws Exception {
        fake.addConversations("conv_a");
        CamelContext context = camel("sk_fake_component_key");

        Exchange exchange = deleteVia(context, deleteOnFake("apiKey=" + KEY), "conv_a");

        assertThat(exchange.getException()).isNull();
        assertThat(sentKey()).isEqualTo(KEY);
    }

    @Test
    void theComponentsKeyIsUsedWhenTheEndpointHasNone() throws Exception {
        fake.addConversations("conv_a");
        CamelContext context = camel(KEY);

        Exchange exchange = deleteVia(context, deleteOnFake(), "conv_a");

        assertThat(exchange.getException()).isNull();
        assertThat(sentKey()).isEqualTo(KEY);
    }

    @Test
    void theEnvironmentVariableIsUsedWhenNeitherIsSet() throws Exception {
        fake.addConversations("conv_a");
        CamelContext context = camel((String) null);
        context.getComponent("elevenlabs", ElevenLabsComponent.class)
                .setEnvironment(name -> name.equals("ELEVENLABS_API_KEY") ? KEY : null);

        Exchange exchange = deleteVia(context, deleteOnFake(), "conv_a");

        assertThat(exchange.getException()).isNull();
        assertThat(sentKey()).isEqualTo(KEY);
    }

    @Test
    void aBlankEndpointKeyCountsAsNotSet() throws Exception {
        fake.addConversations("conv_a");
        CamelContext context = camel(KEY);

        Exchange exchange = deleteVia(context, deleteOnFake("apiKey=RAW(  )"), "conv_a");

        assertThat(exchange.getException()).isNull();
        assertThat(sentKey()).isEqualTo(KEY);
    }

    @Test
    void aKeyWithUriSpecialCharactersArrivesIntactThroughRaw() throws Exception {
        String key = "sk_fake+with&special=chars%2F";
        fake.acceptKey(key);
        fake.addConversations("conv_a");
        CamelContext context = camel((String) null);

        Exchange exchange = deleteVia(context, deleteOnFake("apiKey=RAW(" + key + ")"), "conv_a");

        assertThat(exchange.getException()).isNull();
        assertThat(sentKey()).isEqualTo(key);
    }

    @Test
    void withoutAnyKeyTheRouteFailsToStartAndSaysHowToSetOne() {
        assertThatThrownBy(() -> camel((String) null, routeTo(deleteOnFake())))
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No ElevenLabs API key is set")
                .hasMessageContaining("apiKey option")
                .hasMessageContaining("camel.component.elevenlabs.api-key")
                .hasMessageContaining("ELEVENLABS_API_KEY");
        assertThat(fake.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "sk_fake_secret_value\n", "sk_fake_secret\rvalue", "sk_fake_secret\u0000value",
                             "sk_fake_secret_välue" })
    void aKeyThatCannotBeSentFailsTheStartWithoutShowingTheKey(String key) {
        assertThatThrownBy(() -> camel(key, routeTo(deleteOnFake())))
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the elevenlabs component's apiKey option")
                .hasMessageNotContaining("sk_fake_secret")
                .hasMessageNotContaining("secret_value");
    }

    @Test
    void aLazilyStartedProducerFailsTheFirstExchangeInsteadOfTheRoute() throws Exception {
        CamelContext context = camel((String) null, routeTo(deleteOnFake("lazyStartProducer=true")));

        Exchange exchange = context.createProducerTemplate().send("direct:erase",
                e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_a"));

        assertThat(ObjectHelper.getException(IllegalArgumentException.class, exchange.getException())).hasMessage(
                "No ElevenLabs API key is set. Set the apiKey option on the endpoint (for example"
                + " apiKey=RAW({{elevenlabs.api-key}})), the apiKey option of the elevenlabs component"
                + " (camel.component.elevenlabs.api-key), or the ELEVENLABS_API_KEY environment variable.");
        assertThat(fake.requests()).isEmpty();
    }
}
