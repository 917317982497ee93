package io.github.camelelevenlabs;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A native image (Camel Quarkus native, GraalVM) sees by reflection only what is registered: the jar's
 * {@code META-INF/native-image/.../reflect-config.json} registers every class Jackson binds, so that no application
 * has to. (Not built into a native image here: this checks that the registration is complete and names real classes.)
 */
class NativeImageReflectionTest {

    private static final String CONFIG
            = "/META-INF/native-image/io.github.camelelevenlabs/camel-elevenlabs/reflect-config.json";

    @SuppressWarnings("unchecked")
    private static Set<String> registered() throws Exception {
        try (InputStream in = NativeImageReflectionTest.class.getResourceAsStream(CONFIG)) {
            List<Map<String, Object>> entries = new ObjectMapper().readValue(in, List.class);
            Set<String> names = new TreeSet<>();
            entries.forEach(entry -> names.add((String) entry.get("name")));
            return names;
        }
    }

    @Test
    void everyRegisteredClassExists() throws Exception {
        for (String name : registered()) {
            assertThat(Class.forName(name)).as(name).isNotNull();
        }
    }

    @Test
    void everyClassJacksonBindsIsRegistered() throws Exception {
        Set<String> bound = new TreeSet<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("io/github/camelelevenlabs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (bindsWithJackson(type)) {
                    bound.add(name);
                }
            }
        }

        assertThat(bound).isNotEmpty();
        assertThat(registered()).containsAll(bound)
                .contains("io.github.camelelevenlabs.client.ErrorBody$Answer",
                        "io.github.camelelevenlabs.client.ErrorBody$Detail",
                        "io.github.camelelevenlabs.client.ErrorBody$Item");
    }

    /** A Jackson annotation on the class, a constructor, a method or a field. */
    private static boolean bindsWithJackson(Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
        elements.addAll(List.of(type.getDeclaredConstructors()));
        elements.addAll(List.of(type.getDeclaredMethods()));
        elements.addAll(List.of(type.getDeclaredFields()));
        for (AnnotatedElement element : elements) {
            for (Annotation annotation : element.getDeclaredAnnotations()) {
                if (annotation.annotationType().getPackageName().startsWith("com.fasterxml.jackson")) {
                    return true;
                }
            }
        }
        return false;
    }
}
