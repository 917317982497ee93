package io.github.camelelevenlabs;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** The sink Kamelet follows the Kamelet catalog's rules and deletes what it is sent. */
class KameletTest extends FakeElevenLabsTestSupport {

    private static final String KAMELET = "kamelets/elevenlabs-delete-conversation-sink.kamelet.yaml";

    private CamelContext contextWithSink() throws Exception {
        return camel((String) null, new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase").to("kamelet:elevenlabs-delete-conversation-sink?apiKey=RAW(" + KEY
                                        + ")&region=eu&baseUrl=" + fake.baseUrl());
            }
        });
    }

    @Test
    void theSinkDeletesTheConversationNamedInTheHeader() throws Exception {
        fake.addConversations("conv_header", "conv_body");
        CamelContext context = contextWithSink();

        Exchange exchange = context.createProducerTemplate().send("direct:erase", e -> {
            e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_header");
            e.getMessage().setBody("conv_body");
        });

        assertThat(exchange.getException()).isNull();
        assertThat(fake.conversationIds()).containsExactly("conv_body");
    }

    @Test
    void withoutTheHeaderTheSinkDeletesTheConversationNamedInTheBody() throws Exception {
        fake.addConversations("conv_body");
        CamelContext context = contextWithSink();

        Exchange exchange = context.createProducerTemplate().send("direct:erase",
                e -> e.getMessage().setBody("conv_body"));

        assertThat(exchange.getException()).isNull();
        assertThat(fake.conversationIds()).isEmpty();
    }

    @Test
    void aFailureReachesTheCallerTyped() throws Exception {
        CamelContext context = contextWithSink();

        Exchange exchange = context.createProducerTemplate().send("direct:erase",
                e -> e.getMessage().setBody("conv_missing"));

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsNotFoundException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKameletFollowsTheCatalogRules() throws Exception {
        Map<String, Object> kamelet;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(KAMELET)) {
            kamelet = new Yaml().load(in);
        }
        Map<String, Object> metadata = (Map<String, Object>) kamelet.get("metadata");
        Map<String, Object> spec = (Map<String, Object>) kamelet.get("spec");
        Map<String, Object> definition = (Map<String, Object>) spec.get("definition");
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) definition.get("properties");

        assertThat(kamelet).containsEntry("kind", "Kamelet");
        assertThat((String) metadata.get("name")).endsWith("-sink");
        assertThat(KAMELET).endsWith(metadata.get("name") + ".kamelet.yaml");
        assertThat((Map<String, Object>) metadata.get("labels")).containsEntry("camel.apache.org/kamelet.type", "sink");
        assertThat(definition).containsKeys("title", "description").containsEntry("type", "object");
        assertThat(properties).allSatisfy((name, property) -> assertThat(property).containsKeys("title",
                "description", "type"));
        assertThat(properties.get("apiKey")).containsEntry("format", "password")
                .containsEntry("x-descriptors", List.of("urn:camel:group:credentials"));
        assertThat(properties.get("region")).containsEntry("enum", List.of("default", "us", "eu", "in", "sg"));
        assertThat((List<String>) definition.get("required")).containsExactly("apiKey");
        assertThat((List<String>) spec.get("dependencies"))
                .contains("mvn:io.github.camelelevenlabs:camel-elevenlabs:1.0.0-SNAPSHOT");
        assertThat(((Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("from")))
                .containsEntry("uri", "kamelet:source");
    }
}
