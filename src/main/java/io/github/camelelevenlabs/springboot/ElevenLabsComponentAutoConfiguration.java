package io.github.camelelevenlabs.springboot;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.ElevenLabsComponentConfigurer;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Spring Boot auto-configuration, active with Camel Spring Boot: sets {@code camel.component.elevenlabs.*} from
 * application.properties, YAML or the environment ({@code CAMEL_COMPONENT_ELEVENLABS_REGION=eu}) on the elevenlabs
 * component, as Camel's own starters do for theirs. Options are set by the generated configurer, and a name that is no
 * option of the component fails the start instead of being ignored.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.apache.camel.spring.boot.CamelAutoConfiguration")
public class ElevenLabsComponentAutoConfiguration {

    /** Where the component's options are read from. */
    public static final String PREFIX = "camel.component.elevenlabs";

    /**
     * @param  environment the application's properties
     * @return             the customizer Camel applies to the component when it creates it
     */
    @Bean
    public ComponentCustomizer elevenLabsComponentCustomizer(Environment environment) {
        Map<String, String> options = Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        return ComponentCustomizer.builder(ElevenLabsComponent.class)
                // another instance under another name is the application's to configure
                .withCondition((name, component) -> "elevenlabs".equals(name))
                .build((ElevenLabsComponent component) -> configure(component, options));
    }

    /** Sets each option on the component; fails on a name that is not one. */
    static void configure(ElevenLabsComponent component, Map<String, String> options) {
        CamelContext camelContext = component.getCamelContext();
        ElevenLabsComponentConfigurer configurer = new ElevenLabsComponentConfigurer();
        for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
            // api-key, apiKey, API_KEY (environment) and api.key (a map key bound from the environment) alike
            String name = option.getKey().replaceAll("[-_.]", "").toLowerCase(Locale.ROOT);
            if (!configurer.configure(camelContext, component, name, option.getValue(), true)) {
                throw new IllegalArgumentException("camel.component.elevenlabs." + option.getKey()
                                                   + " is not an option of the elevenlabs component; see its"
                                                   + " documentation for the options it has");
            }
        }
    }
}
