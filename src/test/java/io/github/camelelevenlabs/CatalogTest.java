package io.github.camelelevenlabs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.camelelevenlabs.catalog.ElevenLabsCatalog;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.JsonMapper;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Camel tools read: the catalog files next to the component are what the jar carries, and a CamelCatalog that
 * knows the component validates its URIs. Run with {@code -Ddocs.update=true} to rewrite the files after a change.
 */
class CatalogTest {

    static final Path CATALOG_JSON = Path.of("camel-elevenlabs-catalog/elevenlabs.json");
    static final Path VSCODE_SETTINGS = Path.of("camel-elevenlabs-catalog/vscode-settings.json");

    private final CamelCatalog catalog = ElevenLabsCatalog.register(new DefaultCamelCatalog());

    @Test
    void theCatalogJsonIsTheJsonInsideTheJar() throws Exception {
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(CATALOG_JSON, ElevenLabsCatalog.componentJson(), StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(CATALOG_JSON, StandardCharsets.UTF_8)).isEqualTo(ComponentMetadata.text());
    }

    @Test
    void theVsCodeSnippetCarriesTheSameComponent() throws Exception {
        JsonObject component = ComponentMetadata.json();
        if (Boolean.getBoolean("docs.update")) {
            JsonObject settings = new JsonObject();
            settings.put("camel.extra-components", List.of(component));
            Files.writeString(VSCODE_SETTINGS, Jsoner.prettyPrint(settings.toJson(), 2) + "\n", StandardCharsets.UTF_8);
        }

        JsonObject settings = (JsonObject) Jsoner.deserialize(Files.readString(VSCODE_SETTINGS, StandardCharsets.UTF_8));

        List<Object> components = settings.getCollection("camel.extra-components");
        assertThat(components).containsExactly(component);
    }

    @Test
    void theCatalogKnowsTheComponentAndItsOptions() {
        ComponentModel model = JsonMapper.generateComponentModel(catalog.componentJSonSchema("elevenlabs"));

        assertThat(catalog.findComponentNames()).contains("elevenlabs");
        assertThat(model.getJavaType()).isEqualTo(ElevenLabsComponent.class.getName());
        assertThat(model.getEndpointOptions()).extracting(o -> o.getName())
                .contains("operation", "region", "apiKey", "baseUrl", "maxRetries", "ignoreNotFound");
    }

    @Test
    void aValidUriValidates() {
        EndpointValidationResult result = catalog.validateEndpointProperties(
                "elevenlabs:conversations?operation=delete&region=eu");

        assertThat(result.isSuccess()).as(result.summaryErrorMessage(false)).isTrue();
    }

    @Test
    void aBadRegionABadOperationAndAnUnknownOptionAreRejected() {
        EndpointValidationResult badRegion = catalog.validateEndpointProperties(
                "elevenlabs:conversations?operation=delete&region=mars");
        EndpointValidationResult badOperation = catalog.validateEndpointProperties(
                "elevenlabs:conversations?operation=purge");
        EndpointValidationResult unknownOption = catalog.validateEndpointProperties(
                "elevenlabs:conversations?operation=delete&colour=blue");
        EndpointValidationResult missingOperation = catalog.validateEndpointProperties(
                "elevenlabs:conversations?region=eu");

        assertThat(badRegion.isSuccess()).isFalse();
        assertThat(badRegion.getInvalidEnum()).containsKey("region");
        assertThat(badOperation.getInvalidEnum()).containsKey("operation");
        assertThat(unknownOption.getUnknown()).contains("colour");
        assertThat(missingOperation.getRequired()).contains("operation");
    }

    @Test
    void theCatalogOffersTheRegionChoices() throws Exception {
        Map<String, String> parsed = catalog.endpointProperties("elevenlabs:conversations?operation=delete&region=sg");

        assertThat(parsed).containsEntry("resource", "conversations").containsEntry("region", "sg");
    }
}
