package io.github.camelelevenlabs.springboot;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint.EnvironmentEntryDescriptor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that shows the values on /actuator/env still never shows the ElevenLabs key, however it was given,
 * and shows the component's other options as they are.
 */
class ElevenLabsApiKeySanitizerTest {

    private static final String KEY = "sk_fake_9f8e7d6c5b4a39281706f5e4d3c2b1a0";

    private static Object shown(String name, Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", properties));
        EnvironmentEndpoint endpoint = new EnvironmentEndpoint(environment, List.of(new ElevenLabsApiKeySanitizer()),
                Show.ALWAYS);
        EnvironmentEntryDescriptor entry = endpoint.environmentEntry(name);
        return entry.getProperty().getValue();
    }

    @Test
    void theKeyIsHiddenInEverySpellingSpringBinds() {
        for (String name : List.of("camel.component.elevenlabs.api-key", "camel.component.elevenlabs.apiKey",
                "camel.component.elevenlabs.api_key", "CAMEL_COMPONENT_ELEVENLABS_APIKEY", "ELEVENLABS_API_KEY")) {
            assertThat(shown(name, Map.of(name, KEY))).as(name).isEqualTo("******");
        }
    }

    @Test
    void theOtherOptionsAreShownAsTheyAre() {
        assertThat(shown("camel.component.elevenlabs.region", Map.of("camel.component.elevenlabs.region", "eu")))
                .isEqualTo("eu");
        assertThat(ElevenLabsApiKeySanitizer.isApiKey("camel.component.elevenlabs.api-key-file")).isFalse();
        assertThat(ElevenLabsApiKeySanitizer.isApiKey(null)).isFalse();
    }

    @Test
    void theSanitizerIsThereWithTheActuatorEvenWithTheComponentsBindingOffAndAbsentWithoutIt() {
        org.springframework.boot.test.context.runner.ApplicationContextRunner runner =
                new org.springframework.boot.test.context.runner.ApplicationContextRunner()
                        .withConfiguration(org.springframework.boot.autoconfigure.AutoConfigurations.of(
                                ElevenLabsActuatorAutoConfiguration.class))
                        .withPropertyValues("camel.component.elevenlabs.enabled=false");

        runner.run(context -> assertThat(context).hasSingleBean(ElevenLabsApiKeySanitizer.class));
        runner.withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(
                        org.springframework.boot.actuate.endpoint.SanitizingFunction.class))
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(ElevenLabsApiKeySanitizer.class));
    }

    @Test
    void theAutoConfigurationIsListedForSpringBootToFind() throws Exception {
        try (var imports = getClass().getResourceAsStream(
                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(new String(imports.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains(ElevenLabsActuatorAutoConfiguration.class.getName());
        }
    }
}
