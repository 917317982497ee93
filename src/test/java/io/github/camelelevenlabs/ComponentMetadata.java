package io.github.camelelevenlabs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/** The component JSON as the jar carries it. */
final class ComponentMetadata {

    static final String RESOURCE = "META-INF/io/github/camelelevenlabs/elevenlabs.json";

    private ComponentMetadata() {
    }

    static String text() throws IOException {
        try (InputStream in = ComponentMetadata.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonObject json() throws Exception {
        return (JsonObject) Jsoner.deserialize(text());
    }

    /** @return one section of the JSON ({@code componentProperties}, {@code properties}, {@code headers}) by name */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> section(String name) throws Exception {
        return (Map<String, Map<String, Object>>) (Map<String, ?>) json().getMap(name);
    }
}
