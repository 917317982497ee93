package io.github.camelelevenlabs.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.ElevenLabsComponentConfigurer;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Spring Boot auto-configuration, active with Camel Spring Boot: sets {@code camel.component.elevenlabs.*} from
 * application.properties, YAML or the environment ({@code CAMEL_COMPONENT_ELEVENLABS_REGION=eu}) on the elevenlabs
 * component, as Camel's own starters do for theirs. Each option is read by its name with Spring's relaxed binding, so
 * the usual precedence holds (an environment variable or a {@code -D} beats application.properties), and Camel
 * placeholders in values ({@code {{env:ELEVENLABS_API_KEY}}}) are resolved. Options are set by the generated
 * configurer, and a name that is no option of the component fails the start instead of being ignored.
 * {@code camel.component.elevenlabs.enabled=false} turns it off.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.apache.camel.spring.boot.CamelAutoConfiguration")
@ConditionalOnProperty(name = ElevenLabsComponentAutoConfiguration.PREFIX + ".enabled", havingValue = "true",
                       matchIfMissing = true)
public class ElevenLabsComponentAutoConfiguration {

    /** Where the component's options are read from. */
    public static final String PREFIX = "camel.component.elevenlabs";

    /** Names every Camel starter accepts under the prefix that are not options of the component. */
    private static final Set<String> STARTER_SWITCHES = Set.of("enabled", "customizerenabled");

    /**
     * @param  environment the application's properties
     * @return             the customizer Camel applies to the component when it creates it
     */
    @Bean
    public ComponentCustomizer elevenLabsComponentCustomizer(Environment environment) {
        Binder binder = Binder.get(environment);
        return ComponentCustomizer.builder(ElevenLabsComponent.class)
                // another instance under another name is the application's to configure
                .withCondition((name, component) -> "elevenlabs".equals(name)
                                                    && binder.bind(PREFIX + ".customizer.enabled", Boolean.class)
                                                            .orElse(true))
                .build((ElevenLabsComponent component) -> configure(component, binder));
    }

    /** Sets each option given under the prefix on the component; fails on a name that is not an option. */
    static void configure(ElevenLabsComponent component, Binder binder) {
        CamelContext camelContext = component.getCamelContext();
        ElevenLabsComponentConfigurer configurer = new ElevenLabsComponentConfigurer();
        Set<String> options = componentOptions();

        Set<String> known = new HashSet<>(STARTER_SWITCHES);
        options.forEach(option -> known.add(normalized(option)));
        for (String given : binder.bind(PREFIX, Bindable.mapOf(String.class, String.class)).orElse(Map.of())
                .keySet()) {
            if (!known.contains(normalized(given))) {
                throw new IllegalArgumentException(PREFIX + "." + given + " is not an option of the elevenlabs"
                                                   + " component; see its documentation for the options it has");
            }
        }

        List<String> ordered = new ArrayList<>(options);
        // a whole configuration object first, so that single options given with it refine it
        ordered.sort(Comparator.comparing(option -> !option.equals("configuration")));
        for (String option : ordered) {
            String property = PREFIX + "." + StringHelper.camelCaseToDash(option);
            binder.bind(property, String.class).ifBound(value -> {
                String resolved = camelContext.resolvePropertyPlaceholders(value);
                try {
                    configurer.configure(camelContext, component, option, resolved, true);
                } catch (RuntimeException refused) {
                    // Camel's message is three causes down a start-up failure that names no property
                    Throwable why = refused;
                    while (why.getCause() != null && why.getCause() != why) {
                        why = why.getCause();
                    }
                    throw new IllegalArgumentException(property + " cannot be set: " + why.getMessage(), refused);
                }
            });
        }
    }

    /** @return the names of the component's options, from its generated metadata */
    static Set<String> componentOptions() {
        try (InputStream json = ElevenLabsComponent.class
                .getResourceAsStream("/META-INF/io/github/camelelevenlabs/elevenlabs.json")) {
            Set<String> names = new TreeSet<>();
            new ObjectMapper().readTree(json).path("componentProperties").fieldNames().forEachRemaining(names::add);
            return names;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The elevenlabs component's metadata cannot be read", e);
        }
    }

    /** api-key, apiKey, API_KEY and api.key alike. */
    private static String normalized(String name) {
        return name.replaceAll("[-_.\\[\\]]", "").toLowerCase(Locale.ROOT);
    }
}
