package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.List;

/** A Javadoc comment of generated source: paragraphs, then the tags. */
final class JavadocComment {

    /** Wide enough that a comment of a method in a nested type stays within 120 columns. */
    private static final int TEXT_WIDTH = 105;

    private final List<List<String>> paragraphs = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    /** @return text from the JSON as Javadoc source: escaped where HTML or Javadoc would read it otherwise */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }

    /** A paragraph of text from the JSON: escaped, and wrapped. */
    JavadocComment text(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : escaped(text).strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > TEXT_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return source(lines);
    }

    /** A paragraph of Javadoc source, as written, one line each. */
    JavadocComment source(List<String> lines) {
        paragraphs.add(lines);
        return this;
    }

    JavadocComment source(String line) {
        return source(List.of(line));
    }

    JavadocComment tag(String tag) {
        tags.add(tag);
        return this;
    }

    void writeTo(StringBuilder source, int depth) {
        String indent = "    ".repeat(depth);
        List<String> lines = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            if (!lines.isEmpty()) {
                lines.add("<p>");
            }
            lines.addAll(paragraph);
        }
        if (!lines.isEmpty() && !tags.isEmpty()) {
            lines.add("");
        }
        lines.addAll(tags);
        source.append(indent).append("/**\n");
        lines.forEach(line -> source.append((indent + " * " + line).stripTrailing()).append('\n'));
        source.append(indent).append(" */\n");
    }
}
