package io.github.camelelevenlabs;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What Camel tools read about the component is complete, documented and generated from the current code. */
class ComponentMetadataTest {

    @Test
    void everyOptionAndHeaderIsDocumented() throws Exception {
        for (String section : List.of("componentProperties", "properties", "headers")) {
            ComponentMetadata.section(section).forEach((name, option) -> assertThat((String) option.get("description"))
                    .as(section + " " + name).isNotBlank());
        }
    }

    @Test
    void theEnumsListTheirValuesAsUsersWriteThem() throws Exception {
        Map<String, Map<String, Object>> properties = ComponentMetadata.section("properties");

        assertThat(properties.get("operation").get("enum")).asList().containsExactly("delete", "get", "list", "getAudio");
        assertThat(properties.get("callSuccessful").get("enum")).asList()
                .containsExactly("success", "failure", "unknown");
        assertThat(properties.get("operation").get("required")).isEqualTo(true);
        assertThat(properties.get("region").get("enum")).asList().containsExactly("default", "us", "eu", "in", "sg");
        assertThat(properties.get("region").get("defaultValue")).isEqualTo("default");
        assertThat(properties.get("resource").get("enum")).asList().containsExactly("conversations");
        assertThat(properties.get("summaryMode").get("enum")).asList().containsExactly("exclude", "include");
        assertThat(properties.get("conversationProductType").get("enum")).asList()
                .containsExactly("agents", "speech_engine");
        assertThat(properties.get("conversationInitiationSource").get("enum")).asList().hasSize(27)
                .startsWith("unknown", "android_sdk").endsWith("subagent_tool");
        assertThat(properties.get("format").get("enum")).asList().containsExactly("json", "opentelemetry");
    }

    @Test
    void theApiKeyIsASecretOnTheComponentAndTheEndpoint() throws Exception {
        assertThat(ComponentMetadata.section("componentProperties").get("apiKey")).containsEntry("secret", true)
                .containsEntry("label", "security");
        assertThat(ComponentMetadata.section("properties").get("apiKey")).containsEntry("secret", true)
                .containsEntry("label", "security");
    }

    @Test
    void theComponentIsAnAsyncProducerOnlyAiComponent() throws Exception {
        JsonObject component = (JsonObject) ComponentMetadata.json().get("component");

        assertThat(component).containsEntry("scheme", "elevenlabs").containsEntry("syntax", "elevenlabs:resource")
                .containsEntry("producerOnly", true).containsEntry("async", true).containsEntry("label", "ai")
                .containsEntry("groupId", "io.github.camelelevenlabs")
                .containsEntry("artifactId", "camel-elevenlabs");
    }

    @Test
    void everyOptionOfTheEndpointAndItsConfigurationIsInTheJson() throws Exception {
        List<String> fields = uriOptions(ElevenLabsEndpoint.class);
        fields.addAll(uriOptions(ElevenLabsConfiguration.class));

        assertThat(ComponentMetadata.section("properties").keySet()).containsAll(fields);
        assertThat(fields).contains("resource", "operation", "conversationId", "region", "apiKey")
                .hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everySharedOptionCanBeSetOnceOnTheComponentButNotWhatToDoOrToWhich() throws Exception {
        List<String> shared = uriOptions(ElevenLabsConfiguration.class);
        // every list and get option but pageSize, which only says how the listing is fetched
        List<String> whatToRead = ComponentMetadata.section("properties").entrySet().stream()
                .filter(option -> List.of("list", "get").contains(option.getValue().get("label")))
                .map(Map.Entry::getKey).filter(name -> !name.equals("pageSize")).toList();

        assertThat(whatToRead).contains("agentId", "toolNames", "guardrailTypes", "summaryMode", "maxResults",
                "unfiltered", "format").hasSize(38);
        assertThat(ComponentMetadata.section("componentProperties").keySet()).containsAll(shared)
                .contains("maxConnectionsPerHost", "healthCheckProducerEnabled", "pageSize")
                // an operation, a conversation id or a list filter for every endpoint would act on what no route named
                .doesNotContain("operation", "conversationId", "resource")
                .doesNotContainAnyElementsOf(whatToRead);
    }

    /**
     * The annotations are the only text of the options and headers: a setter's Javadoc only names its option, and
     * Camel's build would take that for an option whose annotation had no description.
     */
    @Test
    void everyOptionAndHeaderIsDescribedInItsAnnotation() {
        List<String> described = new ArrayList<>();
        for (Class<?> type : List.of(ElevenLabsComponent.class, ElevenLabsEndpoint.class,
                ElevenLabsConfiguration.class, ElevenLabsConstants.class)) {
            for (Field field : type.getDeclaredFields()) {
                String description = annotatedDescription(field);
                // the endpoint's configuration holds options of its own; it is not one
                if (description != null && !(field.getType() == ElevenLabsConfiguration.class
                                             && field.isAnnotationPresent(UriParam.class))) {
                    assertThat(description).as(type.getSimpleName() + "." + field.getName()).isNotBlank();
                    described.add(field.getName());
                }
            }
        }

        assertThat(described).contains("resource", "operation", "connectTimeout", "configuration",
                "maxConnectionsPerHost", "CONVERSATION_ID");
    }

    private static String annotatedDescription(Field field) {
        UriParam param = field.getAnnotation(UriParam.class);
        UriPath path = field.getAnnotation(UriPath.class);
        Metadata metadata = field.getAnnotation(Metadata.class);
        return param != null ? param.description() : path != null ? path.description()
                : metadata != null ? metadata.description() : null;
    }

    private static List<String> uriOptions(Class<?> type) {
        List<String> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(UriParam.class) && !field.getType().equals(ElevenLabsConfiguration.class)
                    || field.isAnnotationPresent(UriPath.class)) {
                fields.add(field.getName());
            }
        }
        return fields;
    }

    @Test
    void optionsAreSetByTheGeneratedConfigurersNotByReflection() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            assertThat(PluginHelper.getConfigurerResolver(context)
                    .resolvePropertyConfigurer("elevenlabs-endpoint", context))
                    .isInstanceOf(ElevenLabsEndpointConfigurer.class);
            assertThat(PluginHelper.getConfigurerResolver(context)
                    .resolvePropertyConfigurer("elevenlabs-component", context))
                    .isInstanceOf(ElevenLabsComponentConfigurer.class);
        }
    }

    /**
     * The build regenerates src/generated from the code; a difference from what git holds means the committed files
     * were stale. Built from a source archive there is nothing committed to compare with: the test says so and is
     * skipped (CI builds a clone, where it always runs).
     */
    @Test
    void theCommittedGeneratedSourcesAreCurrent() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of(".git")),
                "not a git work tree (a source archive?): no committed src/generated to compare with");

        assertThat(git("ls-files", "src/generated")).as("src/generated is committed")
                .contains("src/generated/resources/META-INF/io/github/camelelevenlabs/elevenlabs.json",
                        "src/generated/java/io/github/camelelevenlabs/ElevenLabsEndpointConfigurer.java");
        assertThat(git("status", "--porcelain", "--", "src/generated"))
                .as("src/generated as generated by this build differs from what is committed: commit it")
                .isEmpty();
    }

    @Test
    void theJarCarriesTheJsonAsGenerated() throws IOException {
        assertThat(ComponentMetadata.text()).isEqualTo(Files.readString(
                Path.of("src/generated/resources", ComponentMetadata.RESOURCE), StandardCharsets.UTF_8));
    }

    private static String git(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.trim();
    }
}
