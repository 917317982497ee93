package io.github.camelelevenlabs.springboot;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Hides the ElevenLabs key from Spring Boot's actuator endpoints ({@code /actuator/env}, {@code /actuator/configprops})
 * even where an application shows their values ({@code management.endpoint.env.show-values=always}): the property
 * {@code camel.component.elevenlabs.api-key} in any spelling Spring binds ({@code apiKey}, {@code api_key},
 * {@code CAMEL_COMPONENT_ELEVENLABS_APIKEY}) and the {@code ELEVENLABS_API_KEY} environment variable.
 */
public final class ElevenLabsApiKeySanitizer implements SanitizingFunction {

    private static final String COMPONENT_KEY = "camelcomponentelevenlabsapikey";
    private static final String ENVIRONMENT_KEY = "elevenlabsapikey";

    @Override
    public SanitizableData apply(SanitizableData data) {
        return isApiKey(data.getKey()) ? data.withSanitizedValue() : data;
    }

    /** @return whether a property's name, however it is spelled, is one the key is given by */
    static boolean isApiKey(String name) {
        if (name == null) {
            return false;
        }
        String canonical = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return canonical.equals(COMPONENT_KEY) || canonical.equals(ENVIRONMENT_KEY);
    }
}
