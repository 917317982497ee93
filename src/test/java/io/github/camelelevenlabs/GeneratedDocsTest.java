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

    static final List<Path> DOCUMENTS = List.of(Path.of("README.md"), Path.of("docs/elevenlabs-component.adoc"));

    /** A table in the document's markup: Markdown, or AsciiDoc for {@code .adoc}. */
    record Table(boolean asciidoc, StringBuilder text) {

        static Table of(Path document, String... columns) {
            Table table = new Table(document.toString().endsWith(".adoc"), new StringBuilder());
            if (table.asciidoc()) {
                table.text().append("[width=\"100%\",options=\"header\"]\n|===\n");
            }
            table.row(columns);
            if (!table.asciidoc()) {
                table.text().append("|---".repeat(columns.length)).append("|\n");
            }
            return table;
        }

        Table row(String... cells) {
            for (String cell : cells) {
                text.append("| ").append(cell.replace("|", "\\|").replace("\n", " ")).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append(asciidoc ? "\n" : " |\n");
            return this;
        }

        String render() {
            return asciidoc ? text + "|===\n" : text.toString();
        }
    }

    static String optionsTable(Path document) throws Exception {
        Table table = Table.of(document, "Option", "Kind", "Type", "Default", "Description");
        for (String section : List.of("properties", "componentProperties")) {
            for (Map.Entry<String, Map<String, Object>> option : ComponentMetadata.section(section).entrySet()) {
                Map<String, Object> o = option.getValue();
                String kind = section.equals("componentProperties") ? "component"
                        : "path".equals(o.get("kind")) ? "endpoint path" : "endpoint";
                String type = o.containsKey("enum") ? String.join(", ", (List<String>) o.get("enum"))
                        : String.valueOf(o.get("type"));
                if (Boolean.TRUE.equals(o.get("required"))) {
                    kind += ", required";
                }
                table.row("`" + option.getKey() + "`", kind, type,
                        o.get("defaultValue") == null ? "" : String.valueOf(o.get("defaultValue")),
                        (String) o.get("description"));
            }
        }
        return table.render();
    }

    static String headersTable(Path document) throws Exception {
        Table table = Table.of(document, "Header", "Type", "Description");
        for (Map.Entry<String, Map<String, Object>> header : ComponentMetadata.section("headers").entrySet()) {
            table.row("`" + header.getKey() + "`", String.valueOf(header.getValue().get("javaType")),
                    (String) header.getValue().get("description"));
        }
        return table.render();
    }

    static String withSection(Path document, String text, String name, String content) {
        boolean asciidoc = document.toString().endsWith(".adoc");
        String begin = (asciidoc ? "// generated:" + name + ":begin" : "<!-- generated:" + name + ":begin -->") + "\n";
        String end = asciidoc ? "// generated:" + name + ":end" : "<!-- generated:" + name + ":end -->";
        String documentText = text;
        int from = documentText.indexOf(begin);
        int to = documentText.indexOf(end);
        if (from < 0 || to < from) {
            return documentText;
        }
        return documentText.substring(0, from + begin.length()) + content + documentText.substring(to);
    }

    @Test
    void theOptionAndHeaderTablesMatchTheComponentJson() throws Exception {
        for (Path document : DOCUMENTS) {
            String text = Files.readString(document, StandardCharsets.UTF_8);
            String current = withSection(document, withSection(document, text, "options", optionsTable(document)),
                    "headers", headersTable(document));
            if (Boolean.getBoolean("docs.update")) {
                Files.writeString(document, current, StandardCharsets.UTF_8);
                text = current;
            }
            assertThat(text).as(document + " has the generated tables").contains("generated:options:begin",
                    "generated:headers:begin");
            assertThat(text).as(document + " is out of date: run mvn verify -Ddocs.update=true").isEqualTo(current);
        }
    }
}
