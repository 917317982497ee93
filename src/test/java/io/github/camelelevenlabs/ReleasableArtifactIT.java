package io.github.camelelevenlabs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Maven Central requires of a release, checked on what {@code mvn verify} built: the license in the jar, the
 * sources and javadoc jars beside it, and the pom's project information.
 */
class ReleasableArtifactIT {

    private static final Path TARGET = Path.of("target");

    private static Path artifact(String classifier) throws Exception {
        try (var jars = Files.list(TARGET)) {
            return jars.filter(jar -> jar.getFileName().toString().matches(
                    "camel-elevenlabs-[0-9][^-]*(-SNAPSHOT)?" + (classifier.isEmpty() ? "" : "-" + classifier)
                    + "\\.jar")).findFirst().orElseThrow(() -> new AssertionError("no " + classifier + " jar"));
        }
    }

    @Test
    void theJarCarriesTheApacheLicenseAsTheRepositoryDoes() throws Exception {
        try (JarFile jar = new JarFile(artifact("").toFile())) {
            assertThat(jar.getEntry("META-INF/LICENSE")).isNotNull();
            String inJar = new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(inJar).isEqualTo(Files.readString(Path.of("LICENSE"))).contains("Apache License")
                    .contains("Version 2.0, January 2004");
        }
    }

    @Test
    void theFakesJarCarriesTheLicenseToo() throws Exception {
        try (JarFile jar = new JarFile(artifact("tests").toFile())) {
            assertThat(jar.getEntry("META-INF/LICENSE")).isNotNull();
            assertThat(jar.getEntry("io/github/camelelevenlabs/fake/FakeElevenLabs.class")).isNotNull();
        }
    }

    @Test
    void theSinkKameletIsInTheJarWhereCamelLooksForKamelets() throws Exception {
        try (JarFile jar = new JarFile(artifact("").toFile())) {
            assertThat(jar.getEntry("kamelets/elevenlabs-delete-conversation-sink.kamelet.yaml")).isNotNull();
        }
    }

    @Test
    void sourcesAndJavadocJarsAreBuiltBesideTheJar() throws Exception {
        try (JarFile sources = new JarFile(artifact("sources").toFile());
             JarFile javadoc = new JarFile(artifact("javadoc").toFile())) {
            assertThat(sources.getEntry("io/github/camelelevenlabs/ElevenLabsComponent.java")).isNotNull();
            assertThat(javadoc.getEntry("io/github/camelelevenlabs/ElevenLabsComponent.html")).isNotNull();
        }
    }

    @Test
    void thePomHasWhatMavenCentralRequires() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        for (String required : new String[] { "name", "description", "url", "licenses", "developers", "scm",
                                               "issueManagement" }) {
            assertThat(pom.getDocumentElement().getElementsByTagName(required).getLength()).as(required)
                    .isPositive();
        }
        assertThat(pom.getElementsByTagName("license").item(0).getTextContent()).contains("Apache License, Version 2.0");
        assertThat(pom.getElementsByTagName("version").item(0).getTextContent()).as("until someone releases it")
                .endsWith("-SNAPSHOT");
    }
}
