package io.github.camelelevenlabs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sink Kamelet ships inside the component's jar, where Camel looks for Kamelets by default
 * ({@code classpath:kamelets}): with only the dependency added it deletes what it is sent. It follows the Kamelet
 * catalog's rules, and the catalog folder's copy is the same file. Run with {@code -Ddocs.update=true} to copy it
 * there after a change.
 */
class KameletTest extends FakeElevenLabsTestSupport {

    private static final String KAMELET = "kamelets/elevenlabs-delete-conversation-sink.kamelet.yaml";
    static final Path CATALOG_COPY = Path.of("camel-elevenlabs-catalog").resolve(KAMELET);

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
    void withoutAnApiKeyTheSinkUsesTheComponentsKeyAndNoUriNamesIt() throws Exception {
        fake.addConversations("conv_body");
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase").to("kamelet:elevenlabs-delete-conversation-sink?baseUrl=" + fake.baseUrl());
            }
        });

        Exchange exchange = context.createProducerTemplate().send("direct:erase",
                e -> e.getMessage().setBody("conv_body"));

        assertThat(exchange.getException()).isNull();
        assertThat(fake.conversationIds()).isEmpty();
        assertThat(context.getEndpoints()).allSatisfy(endpoint -> assertThat(endpoint.getEndpointUri())
                .doesNotContain(KEY));
    }

    @Test
    void aFailureReachesTheCallerTyped() throws Exception {
        CamelContext context = contextWithSink();

        Exchange exchange = context.createProducerTemplate().send("direct:erase",
                e -> e.getMessage().setBody("conv_missing"));

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsNotFoundException.class);
    }

    @Test
    void theKameletCamelFindsIsTheOneInTheComponentsOwnClassesNotATestResource() throws Exception {
        URL found = getClass().getClassLoader().getResource(KAMELET);

        assertThat(found).isNotNull();
        assertThat(Path.of(found.toURI())).isEqualTo(Path.of("target/classes").resolve(KAMELET).toAbsolutePath());
        assertThat(Path.of("src/test/resources").resolve(KAMELET)).doesNotExist();
    }

    @Test
    void theCatalogFoldersCopyIsTheKameletInTheJar() throws Exception {
        Path shipped = Path.of("src/main/resources").resolve(KAMELET);
        if (Boolean.getBoolean("docs.update")) {
            Files.copy(shipped, CATALOG_COPY, StandardCopyOption.REPLACE_EXISTING);
        }

        assertThat(CATALOG_COPY).hasSameBinaryContentAs(shipped);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKameletHasAnIconToolsCanShow() throws Exception {
        Map<String, Object> kamelet;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(KAMELET)) {
            kamelet = new Yaml().load(in);
        }
        Map<String, String> annotations = (Map<String, String>) ((Map<String, Object>) kamelet.get("metadata"))
                .get("annotations");
        String icon = annotations.get("camel.apache.org/kamelet.icon");

        assertThat(icon).startsWith("data:image/svg+xml;base64,");
        String svg = new String(Base64.getDecoder().decode(icon.substring(icon.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement()
                .getTagName()).isEqualTo("svg");
        assertThat(annotations).containsKeys("camel.apache.org/kamelet.support.level", "camel.apache.org/catalog.version",
                "camel.apache.org/provider", "camel.apache.org/kamelet.group", "camel.apache.org/kamelet.namespace");
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
        assertThat(definition).as("the key may come from the component or the environment")
                .doesNotContainKey("required");
        assertThat((List<String>) spec.get("dependencies"))
                .contains("mvn:io.github.camelelevenlabs:camel-elevenlabs:1.0.0-SNAPSHOT");
        assertThat(((Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("from")))
                .containsEntry("uri", "kamelet:source");
    }
}
