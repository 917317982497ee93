package io.github.camelelevenlabs.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.ElevenLabsRegion;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How Spring Boot users' {@code camel.component.elevenlabs.*} reach the component, whichever way Spring spells the
 * names and wherever they come from (the Spring Boot example tests the whole application).
 */
class ElevenLabsComponentAutoConfigurationTest {

    @Test
    void propertiesEnvironmentVariablesDurationsAndCamelPlaceholdersAllSetTheirOption() throws Exception {
        ElevenLabsComponent component = configured(Map.of(), Map.of(
                "camel.component.elevenlabs.api-key", "{{elevenlabs.key}}",
                "camel.component.elevenlabs.region", "eu",
                "camel.component.elevenlabs.maxRetries", "4",
                "camel.component.elevenlabs.max-retry-delay", "45s",
                "camel.component.elevenlabs.health-check-producer-enabled", "false"));

        assertThat(component.getApiKey()).as("a Camel placeholder, resolved").isEqualTo("sk_from_camel_properties");
        assertThat(component.getConfiguration().getRegion()).isEqualTo(ElevenLabsRegion.EU);
        assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(4);
        assertThat(component.getConfiguration().getMaxRetryDelay()).isEqualTo(45_000);
        assertThat(component.isHealthCheckProducerEnabled()).isFalse();
    }

    @Test
    void anEnvironmentVariableWinsOverApplicationPropertiesWhateverTheSpelling() throws Exception {
        ElevenLabsComponent component = configured(
                Map.of("CAMEL_COMPONENT_ELEVENLABS_MAX_RETRIES", "5", "CAMEL_COMPONENT_ELEVENLABS_REGION", "us"),
                Map.of("camel.component.elevenlabs.maxRetries", "2", "camel.component.elevenlabs.region", "eu"));

        assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(5);
        assertThat(component.getConfiguration().getRegion()).isEqualTo(ElevenLabsRegion.US);
    }

    @Test
    void aMisspelledOptionFailsTheStartInsteadOfBeingIgnored() {
        assertThatThrownBy(() -> configured(Map.of(), Map.of("camel.component.elevenlabs.max-retires", "4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("camel.component.elevenlabs.max-retires is not an option");
    }

    @Test
    void theOperationCannotBeSetForEveryEndpoint() {
        assertThatThrownBy(() -> configured(Map.of(), Map.of("camel.component.elevenlabs.operation", "delete")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownRegionFailsTheStartNamingTheRegionsThereAre() {
        assertThatThrownBy(() -> configured(Map.of(), Map.of("camel.component.elevenlabs.region", "europe")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("camel.component.elevenlabs.region cannot be set: Unknown region 'europe'")
                .hasMessageContaining("us, eu, in, sg");
    }

    @Test
    void theSwitchesEveryCamelStarterAcceptsAreNotMistakenForOptions() throws Exception {
        ElevenLabsComponent component = configured(Map.of(), Map.of(
                "camel.component.elevenlabs.enabled", "true",
                "camel.component.elevenlabs.customizer.enabled", "true",
                "camel.component.elevenlabs.region", "sg"));

        assertThat(component.getConfiguration().getRegion()).isEqualTo(ElevenLabsRegion.SG);
    }

    /** Binds as a Spring Boot application does: environment variables first, then application.properties. */
    private static ElevenLabsComponent configured(Map<String, Object> environmentVariables,
                                                  Map<String, Object> applicationProperties) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource("env",
                new LinkedHashMap<>(environmentVariables)));
        environment.getPropertySources().addLast(new MapPropertySource("application.properties",
                new LinkedHashMap<>(applicationProperties)));
        ConfigurationPropertySources.attach(environment);

        DefaultCamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().addInitialProperty("elevenlabs.key", "sk_from_camel_properties");
        ElevenLabsComponent component = new ElevenLabsComponent();
        component.setCamelContext(context);
        ElevenLabsComponentAutoConfiguration.configure(component, Binder.get(environment));
        return component;
    }
}
