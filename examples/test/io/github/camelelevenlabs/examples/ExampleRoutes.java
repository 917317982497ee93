package io.github.camelelevenlabs.examples;

import java.nio.file.Path;
import java.util.Properties;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/** Runs an example in the DSL a test names, against the fake, with its audit files in a temporary folder. */
final class ExampleRoutes {

    private ExampleRoutes() {
    }

    /** @return the properties every example reads: the fake's URL and key, and where the audit goes */
    static Properties properties(FakeElevenLabs fake, Path work) {
        Properties properties = new Properties();
        properties.put("erasure.inbox", work.resolve("inbox").toString());
        properties.put("erasure.audit", work.resolve("audit").toString());
        properties.put("elevenlabs.api-key", FakeElevenLabs.API_KEY);
        properties.put("elevenlabs.base-url", fake.baseUrl());
        return properties;
    }

    /**
     * @param  dsl        {@code java} or {@code yaml}
     * @param  javaRoutes the example in Java
     * @param  yamlRoutes the same example in YAML, a classpath resource
     * @return            a CamelContext with the example loaded, not started
     */
    static CamelContext camel(String dsl, RoutesBuilder javaRoutes, String yamlRoutes, Properties properties)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties);
        if (dsl.equals("java")) {
            context.addRoutes(javaRoutes);
        } else {
            PluginHelper.getRoutesLoader(context).loadRoutes(
                    ResourceHelper.resolveMandatoryResource(context, "classpath:" + yamlRoutes));
        }
        return context;
    }
}
