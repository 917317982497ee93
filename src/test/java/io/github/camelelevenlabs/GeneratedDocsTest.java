package io.github.camelelevenlabs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The option and header tables in the documentation are rendered from the component JSON. Run with
 * {@code -Ddocs.update=true} to rewrite them after changing an option; without it, a difference fails.
 */
class GeneratedDocsTest {

    static final List<Path> DOCUMENTS = List.of(Path.of("README.md"));

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> section(String name) throws Exception {
        return (Map<String, Map<String, Object>>) (Map<String, ?>) ComponentMetadata.json().getMap(name);
    }

    static String optionsTable() throws Exception {
        StringBuilder table = new StringBuilder("| Option | Kind | Type | Default | Description |\n|---|---|---|---|---|\n");
        for (String section : List.of("properties", "componentProperties")) {
            for (Map.Entry<String, Map<String, Object>> option : section(section).entrySet()) {
                Map<String, Object> o = option.getValue();
                String kind = section.equals("componentProperties") ? "component"
                        : "path".equals(o.get("kind")) ? "endpoint path" : "endpoint";
                String type = o.containsKey("enum") ? String.join(" \\| ", (List<String>) o.get("enum"))
                        : String.valueOf(o.get("type"));
                if (Boolean.TRUE.equals(o.get("required"))) {
                    kind += ", required";
                }
                table.append("| `").append(option.getKey()).append("` | ").append(kind).append(" | ").append(type)
                        .append(" | ").append(o.get("defaultValue") == null ? "" : o.get("defaultValue")).append(" | ")
                        .append(cell((String) o.get("description"))).append(" |\n");
            }
        }
        return table.toString();
    }

    static String headersTable() throws Exception {
        StringBuilder table = new StringBuilder("| Header | Type | Description |\n|---|---|---|\n");
        for (Map.Entry<String, Map<String, Object>> header : section("headers").entrySet()) {
            table.append("| `").append(header.getKey()).append("` | ").append(header.getValue().get("javaType"))
                    .append(" | ").append(cell((String) header.getValue().get("description"))).append(" |\n");
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String withSection(String document, String name, String content) {
        String begin = "<!-- generated:" + name + ":begin -->\n";
        String end = "<!-- generated:" + name + ":end -->";
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            return document;
        }
        return document.substring(0, from + begin.length()) + content + document.substring(to);
    }

    @Test
    void theOptionAndHeaderTablesMatchTheComponentJson() throws Exception {
        for (Path document : DOCUMENTS) {
            String text = Files.readString(document, StandardCharsets.UTF_8);
            String current = withSection(withSection(text, "options", optionsTable()), "headers", headersTable());
            if (Boolean.getBoolean("docs.update")) {
                Files.writeString(document, current, StandardCharsets.UTF_8);
                text = current;
            }
            assertThat(text).as(document + " has the generated tables").contains("<!-- generated:options:begin -->",
                    "<!-- generated:headers:begin -->");
            assertThat(text).as(document + " is out of date: run mvn verify -Ddocs.update=true").isEqualTo(current);
        }
    }
}
