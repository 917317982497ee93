package io.github.camelelevenlabs.springboot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * In Spring Boot applications that have the actuator: hides the ElevenLabs key from its endpoints
 * ({@link ElevenLabsApiKeySanitizer}). An auto-configuration of its own, so that it applies whether or not the
 * component's binding is on ({@code camel.component.elevenlabs.enabled}), even without Camel, and so that nothing of the
 * actuator is loaded where it is absent.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public class ElevenLabsActuatorAutoConfiguration {

    /** @return the function that hides the key from actuator endpoints */
    @Bean
    public ElevenLabsApiKeySanitizer elevenLabsApiKeySanitizer() {
        return new ElevenLabsApiKeySanitizer();
    }
}
