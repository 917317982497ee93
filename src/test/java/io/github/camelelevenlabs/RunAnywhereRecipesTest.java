package io.github.camelelevenlabs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Run it anywhere" recipe's two files (examples/jbang), as they are, in Camel Main, the runtime {@code camel run}
 * starts: the route file and its properties, the component found by its scheme, and a file of ids dropped in the
 * inbox erased. The test only points the component at the fake, as a user's environment would point it at ElevenLabs.
 */
class RunAnywhereRecipesTest extends FakeElevenLabsTestSupport {

    private static final Path RECIPE = Path.of("examples/jbang");

    @TempDir
    Path inbox;

    @Test
    void theRouteFileAndItsPropertiesEraseWhatIsDroppedInTheInbox() throws Exception {
        fake.addConversations("conv_1", "conv_2", "conv_kept");
        Properties environment = new Properties();
        // what the user's environment gives: the key (ELEVENLABS_API_KEY) and, here, the fake instead of ElevenLabs
        environment.put("camel.component.elevenlabs.api-key", KEY);
        environment.put("camel.component.elevenlabs.base-url", fake.baseUrl());
        environment.put("erasure.inbox", inbox.toString());
        Main main = new Main();
        main.setPropertyPlaceholderLocations("file:" + RECIPE.resolve("application.properties"));
        main.addInitialProperty("camel.main.routes-include-pattern", "file:" + RECIPE.resolve("erase.camel.yaml"));
        main.setOverrideProperties(environment);
        main.start();
        try {
            Files.writeString(inbox.resolve("request.txt"), "conv_1\n\n  conv_2 \nconv_never_was\n");

            await("the file erased and moved to .done", () -> Files.exists(inbox.resolve(".done/request.txt")));

            assertThat(fake.conversationIds()).containsExactly("conv_kept");
            assertThat(main.getCamelContext().getComponent("elevenlabs", ElevenLabsComponent.class)
                    .getConfiguration().getRegion()).as("from application.properties").isEqualTo(ElevenLabsRegion.EU);
        } finally {
            main.stop();
        }
    }
}
