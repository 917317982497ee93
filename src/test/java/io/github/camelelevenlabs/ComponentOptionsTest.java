package io.github.camelelevenlabs;

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Options set once on the component ({@code camel.component.elevenlabs.*}, as Camel Main, Spring Boot and Quarkus
 * users write them) are where every endpoint starts; an endpoint's own options win.
 */
class ComponentOptionsTest extends FakeElevenLabsTestSupport {

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "operation=remove | Unknown operation 'remove' | use one of delete, get, list",
            "operation=delete&region=europe | Unknown region 'europe' | use one of default, us, eu, in, sg" })
    void anUnknownOperationOrRegionSaysWhichValuesThereAre(String options, String what, String valid) throws Exception {
        CamelContext context = camel();

        assertThatThrownBy(() -> context.getEndpoint("elevenlabs:conversations?" + options))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining(what)
                .hasMessageContaining(valid);
    }

    @Test
    void enumValuesAreReadWhateverTheirCase() throws Exception {
        CamelContext context = camel();

        assertThat(context.getEndpoint("elevenlabs:conversations?operation=DELETE&region=EU", ElevenLabsEndpoint.class)
                .getConfiguration().getRegion()).isEqualTo(ElevenLabsRegion.EU);
    }

    @Test
    void endpointsStartFromTheComponentsOptionsAndTheirOwnWin() throws Exception {
        CamelContext context = camel(KEY, c -> {
            ElevenLabsConfiguration shared = c.getComponent("elevenlabs", ElevenLabsComponent.class)
                    .getConfiguration();
            shared.setRegion(ElevenLabsRegion.EU);
            shared.setMaxRetries(5);
            shared.setIgnoreNotFound(true);
        });

        ElevenLabsEndpoint inherits = context.getEndpoint("elevenlabs:conversations?operation=delete",
                ElevenLabsEndpoint.class);
        ElevenLabsEndpoint overrides = context.getEndpoint(
                "elevenlabs:conversations?operation=delete&region=us&maxRetries=0", ElevenLabsEndpoint.class);

        assertThat(inherits.getConfiguration().getRegion()).isEqualTo(ElevenLabsRegion.EU);
        assertThat(inherits.getConfiguration().getMaxRetries()).isEqualTo(5);
        assertThat(inherits.getServiceUrl()).isEqualTo("https://api.eu.residency.elevenlabs.io");
        assertThat(overrides.getConfiguration().getRegion()).isEqualTo(ElevenLabsRegion.US);
        assertThat(overrides.getConfiguration().getMaxRetries()).isZero();
        assertThat(overrides.getConfiguration().isIgnoreNotFound()).isTrue();
        assertThat(context.getComponent("elevenlabs", ElevenLabsComponent.class).getConfiguration().getRegion())
                .as("an endpoint's option does not change the component").isEqualTo(ElevenLabsRegion.EU);
    }

    @Test
    void camelMainPropertiesConfigureTheComponentForEveryRoute() throws Exception {
        fake.addConversations("conv_1");
        Properties properties = new Properties();
        properties.put("camel.component.elevenlabs.api-key", KEY);
        properties.put("camel.component.elevenlabs.base-url", fake.baseUrl());
        properties.put("camel.component.elevenlabs.ignore-not-found", "true");
        properties.put("camel.component.elevenlabs.max-retries", "0");
        Main main = new Main();
        main.setOverrideProperties(properties);
        main.configure().addRoutesBuilder(routeTo("elevenlabs:conversations?operation=delete"));
        main.start();
        try {
            Exchange deleted = deleteVia(main.getCamelContext(), "direct:erase", "conv_1");
            Exchange gone = deleteVia(main.getCamelContext(), "direct:erase", "conv_never_existed");

            assertThat(deleted.getException()).isNull();
            assertThat(fake.hasConversation("conv_1")).isFalse();
            assertThat(gone.getException()).isNull();
            assertThat(gone.getMessage().getHeader(ElevenLabsConstants.NOT_FOUND)).isEqualTo(true);
        } finally {
            main.stop();
        }
    }

    @Test
    void anUnknownRegionInCamelMainsPropertiesSaysWhichValuesThereAre() {
        Properties properties = new Properties();
        properties.put("camel.component.elevenlabs.region", "europe");
        Main main = new Main();
        main.setOverrideProperties(properties);
        main.configure().addRoutesBuilder(routeTo("elevenlabs:conversations?operation=delete"));
        try {
            assertThatThrownBy(main::start).hasStackTraceContaining(
                    "Unknown region 'europe': use one of default, us, eu, in, sg");
        } finally {
            main.stop();
        }
    }
}
