package io.github.camelelevenlabs.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs an example in the DSL a test names, against the project's fake, with its audit files in a temporary folder.
 * After each test every request and answer must match the OpenAPI.
 */
abstract class ExampleTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeElevenLabs fake = new FakeElevenLabs();

    @TempDir
    Path work;

    @BeforeEach
    void startFake() {
        fake.start();
    }

    @AfterEach
    void checkTheContractAndStopFake() {
        assertThat(fake.contractViolations()).isEmpty();
        fake.close();
    }

    /** @return the properties every example reads: where the inbox and audit are */
    Properties properties() {
        Properties properties = new Properties();
        properties.put("erasure.inbox", work.resolve("inbox").toString());
        properties.put("erasure.audit", work.resolve("audit").toString());
        return properties;
    }

    /**
     * @return the elevenlabs component as a deployment configures it once for every route
     *         ({@code camel.component.elevenlabs.api-key}, {@code ...base-url}), here for the fake
     */
    ElevenLabsComponent elevenLabsOnFake() {
        ElevenLabsComponent elevenlabs = new ElevenLabsComponent();
        elevenlabs.setApiKey(FakeElevenLabs.API_KEY);
        elevenlabs.getConfiguration().setBaseUrl(fake.baseUrl());
        return elevenlabs;
    }

    /**
     * @param  dsl        {@code java} or {@code yaml}
     * @param  javaRoutes the example in Java
     * @param  yamlRoutes the same example in YAML, a classpath resource
     * @return            a CamelContext with the example loaded, not started, calling the fake
     */
    CamelContext camel(String dsl, RoutesBuilder javaRoutes, String yamlRoutes, Properties properties)
            throws Exception {
        return camel(dsl, List.of(javaRoutes), List.of(yamlRoutes), properties);
    }

    /** The same, for an example made of several routes, each in both DSLs. */
    CamelContext camel(String dsl, List<RoutesBuilder> javaRoutes, List<String> yamlRoutes, Properties properties)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties);
        context.addComponent("elevenlabs", elevenLabsOnFake());
        if (dsl.equals("java")) {
            for (RoutesBuilder routes : javaRoutes) {
                context.addRoutes(routes);
            }
        } else {
            for (String routes : yamlRoutes) {
                PluginHelper.getRoutesLoader(context).loadRoutes(
                        ResourceHelper.resolveMandatoryResource(context, "classpath:" + routes));
            }
        }
        return context;
    }

    /**
     * @param  file     a file of the audit folder, JSON lines
     * @param  expected how many lines to wait for, at most 20 s
     * @return          its records, once it has that many lines or the time is up
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> auditRecords(String file, int expected) throws Exception {
        Path path = work.resolve("audit").resolve(file);
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(path) && Files.readAllLines(path).size() >= expected) {
                break;
            }
            Thread.sleep(50);
        }
        List<Map<String, Object>> records = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            records.add(JSON.readValue(line, Map.class));
        }
        return records;
    }
}
