package io.github.camelelevenlabs.springboot;

import java.util.Map;

import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.ElevenLabsRegion;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How Spring Boot users' {@code camel.component.elevenlabs.*} reach the component, whichever way Spring spells the
 * names (the Spring Boot example tests the whole application).
 */
class ElevenLabsComponentAutoConfigurationTest {

    @Test
    void propertiesEnvironmentVariablesAndDurationsAllSetTheirOption() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            ElevenLabsComponent component = new ElevenLabsComponent();
            component.setCamelContext(context);

            ElevenLabsComponentAutoConfiguration.configure(component, Map.of(
                    "api-key", "sk_from_properties",
                    "REGION", "eu",
                    "max.retries", "4",
                    "maxRetryDelay", "45s",
                    "health-check-producer-enabled", "false"));

            assertThat(component.getApiKey()).isEqualTo("sk_from_properties");
            assertThat(component.getConfiguration().getRegion()).isEqualTo(ElevenLabsRegion.EU);
            assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(4);
            assertThat(component.getConfiguration().getMaxRetryDelay()).isEqualTo(45_000);
            assertThat(component.isHealthCheckProducerEnabled()).isFalse();
        }
    }

    @Test
    void aMisspelledOptionFailsTheStartInsteadOfBeingIgnored() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            ElevenLabsComponent component = new ElevenLabsComponent();
            component.setCamelContext(context);

            assertThatThrownBy(() -> ElevenLabsComponentAutoConfiguration.configure(component,
                    Map.of("max-retires", "4")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("camel.component.elevenlabs.max-retires is not an option");
        }
    }

    @Test
    void theOperationCannotBeSetForEveryEndpoint() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            ElevenLabsComponent component = new ElevenLabsComponent();
            component.setCamelContext(context);

            assertThatThrownBy(() -> ElevenLabsComponentAutoConfiguration.configure(component,
                    Map.of("operation", "delete")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
