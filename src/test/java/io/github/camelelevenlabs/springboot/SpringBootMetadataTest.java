package io.github.camelelevenlabs.springboot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.camelelevenlabs.ElevenLabsComponent;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's {@code META-INF/spring-configuration-metadata.json}, which gives Spring Boot users completion and
 * descriptions for {@code camel.component.elevenlabs.*} in their IDE, says what the component's generated metadata
 * says. Run with {@code -Ddocs.update=true} to rewrite it after changing an option.
 */
class SpringBootMetadataTest {

    static final Path METADATA = Path.of("src/main/resources/META-INF/spring-configuration-metadata.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theSpringBootMetadataDescribesEveryComponentOption() throws Exception {
        String expected = generate();
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(METADATA, expected, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(METADATA, StandardCharsets.UTF_8))
                .as("run mvn verify -Ddocs.update=true to regenerate " + METADATA).isEqualTo(expected);
        JsonNode metadata = JSON.readTree(expected);
        assertThat(metadata.path("properties").findValuesAsText("name"))
                .contains("camel.component.elevenlabs.api-key", "camel.component.elevenlabs.region",
                        "camel.component.elevenlabs.max-retries", "camel.component.elevenlabs.enabled")
                .doesNotContain("camel.component.elevenlabs.operation");
    }

    /** @return the metadata, from the component's generated JSON */
    static String generate() throws Exception {
        JsonNode component = JSON.readTree(ElevenLabsComponent.class
                .getResourceAsStream("/META-INF/io/github/camelelevenlabs/elevenlabs.json"));
        String prefix = ElevenLabsComponentAutoConfiguration.PREFIX;
        String source = ElevenLabsComponent.class.getName();

        List<Map<String, Object>> properties = new ArrayList<>();
        properties.add(property(prefix + ".enabled", "java.lang.Boolean",
                "Whether to configure the elevenlabs component from these properties.", true, source));
        properties.add(property(prefix + ".customizer.enabled", "java.lang.Boolean",
                "Whether to apply these properties to the component Camel creates.", true, source));
        List<Map<String, Object>> hints = new ArrayList<>();
        component.path("componentProperties").fields().forEachRemaining(option -> {
            JsonNode model = option.getValue();
            String name = prefix + "." + StringHelper.camelCaseToDash(option.getKey());
            Object defaultValue = model.has("defaultValue") ? defaultValue(model) : null;
            properties.add(property(name, springType(model), model.path("description").asText(), defaultValue,
                    source));
            if (model.has("enum")) {
                List<Map<String, Object>> values = new ArrayList<>();
                model.path("enum").forEach(value -> values.add(Map.of("value", value.asText())));
                Map<String, Object> hint = new LinkedHashMap<>();
                hint.put("name", name);
                hint.put("values", values);
                hints.add(hint);
            }
        });
        Map<String, Object> metadata = new LinkedHashMap<>();
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", prefix);
        group.put("type", source);
        group.put("sourceType", source);
        metadata.put("groups", List.of(group));
        metadata.put("properties", properties);
        metadata.put("hints", hints);
        return JSON.writeValueAsString(metadata) + "\n";
    }

    private static Map<String, Object> property(String name, String type, String description, Object defaultValue,
                                                String source) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("name", name);
        property.put("type", type);
        property.put("description", description);
        property.put("sourceType", source);
        if (defaultValue != null) {
            property.put("defaultValue", defaultValue);
        }
        return property;
    }

    private static String springType(JsonNode model) {
        if ("duration".equals(model.path("type").asText())) {
            return "java.time.Duration";
        }
        switch (model.path("javaType").asText()) {
            case "boolean":
                return "java.lang.Boolean";
            case "int":
                return "java.lang.Integer";
            case "long":
                return "java.lang.Long";
            default:
                return model.path("javaType").asText();
        }
    }

    private static Object defaultValue(JsonNode model) {
        JsonNode value = model.path("defaultValue");
        return value.isBoolean() ? (Object) value.asBoolean() : value.isNumber() ? value.numberValue() : value.asText();
    }
}
