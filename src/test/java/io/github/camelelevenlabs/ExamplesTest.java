package io.github.camelelevenlabs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples are standalone Maven projects that users copy, built and tested by the root build against the component
 * it just built: each names this build's version of the component, and the versions of Camel and the rest that the
 * component is built and tested with, so that a copy gets what the build tested.
 */
class ExamplesTest {

    private static final Pattern VERSION_PROPERTY = Pattern.compile("<([\\w.-]+\\.version)>([^<]+)</\\1>");

    private static Map<String, String> versionProperties(Path pom) throws IOException {
        Map<String, String> versions = new TreeMap<>();
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        // the project's own properties: a profile's (compat) are not the main line
        String own = text.substring(text.indexOf("<properties>"), text.indexOf("</properties>"));
        Matcher property = VERSION_PROPERTY.matcher(own);
        while (property.find()) {
            versions.put(property.group(1), property.group(2));
        }
        return versions;
    }

    /** @return the version in the component's pom.xml, the one after its artifactId */
    private static String componentVersion() throws IOException {
        Matcher version = Pattern.compile("<artifactId>camel-elevenlabs</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        assertThat(version.find()).as("the component's version in pom.xml").isTrue();
        return version.group(1);
    }

    @Test
    void everyExampleUsesThisBuildsComponentAndTheVersionsItIsBuiltWith() throws Exception {
        String version = componentVersion();
        Map<String, String> root = versionProperties(Path.of("pom.xml"));
        List<Path> poms;
        try (Stream<Path> folders = Files.list(Path.of("examples"))) {
            poms = folders.map(folder -> folder.resolve("pom.xml")).filter(Files::exists).sorted().toList();
        }

        assertThat(poms).extracting(pom -> pom.getParent().getFileName().toString())
                .containsExactly("camel-main", "erasure-demo", "kafka", "quarkus", "spring-boot");
        for (Path pom : poms) {
            Map<String, String> example = versionProperties(pom);
            assertThat(example).as(pom + ": camel-elevenlabs.version").containsEntry("camel-elevenlabs.version",
                    version);
            example.forEach((name, value) -> {
                if (root.containsKey(name)) {
                    assertThat(value).as(pom + ": " + name + " as in the component's pom.xml")
                            .isEqualTo(root.get(name));
                }
            });
        }
    }
}
