package io.github.camelelevenlabs.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.ElevenLabsConstants;
import org.apache.camel.catalog.CamelCatalog;

/**
 * Teaches a {@link CamelCatalog} the elevenlabs component, so that tools and tests can validate {@code elevenlabs:}
 * URIs and read its options. Needs {@code org.apache.camel:camel-catalog} on the classpath:
 *
 * <pre>
 * CamelCatalog catalog = ElevenLabsCatalog.register(new DefaultCamelCatalog());
 * EndpointValidationResult result = catalog.validateEndpointProperties("elevenlabs:conversations?operation=delete");
 * </pre>
 * <p>
 * The catalog's {@code addComponent(name, className)} looks for a third party's JSON where Camel keeps its own, and
 * does not find it; the JSON is therefore read from this jar and given to the catalog.
 */
public final class ElevenLabsCatalog {

    /** Where the jar carries the component JSON that Camel's build tools generated. */
    public static final String COMPONENT_JSON = "META-INF/io/github/camelelevenlabs/elevenlabs.json";

    private ElevenLabsCatalog() {
    }

    /**
     * @param  catalog the catalog to add the component to
     * @return         the same catalog
     */
    public static CamelCatalog register(CamelCatalog catalog) {
        catalog.addComponent(ElevenLabsConstants.SCHEME, ElevenLabsComponent.class.getName(), componentJson());
        return catalog;
    }

    /**
     * @return the component JSON as the jar carries it
     */
    public static String componentJson() {
        try (InputStream in = ElevenLabsCatalog.class.getClassLoader().getResourceAsStream(COMPONENT_JSON)) {
            if (in == null) {
                throw new IllegalStateException(COMPONENT_JSON + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
