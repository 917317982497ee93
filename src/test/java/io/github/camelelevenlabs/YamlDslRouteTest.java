package io.github.camelelevenlabs;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YamlDslRouteTest extends FakeElevenLabsTestSupport {

    @Test
    void aYamlRouteDeletesAndHandlesAValidationErrorByType() throws Exception {
        fake.addConversations("conv_yaml");
        CamelContext context = camel();
        String yaml = """
                - route:
                    id: erase-from-yaml
                    from:
                      uri: direct:erase
                      steps:
                        - doTry:
                            steps:
                              - setHeader:
                                  name: CamelElevenLabsConversationId
                                  simple: "${body}"
                              - to:
                                  uri: elevenlabs:conversations
                                  parameters:
                                    operation: delete
                                    region: eu
                                    baseUrl: "%s"
                              - to: mock:deleted
                            doCatch:
                              - exception:
                                  - io.github.camelelevenlabs.ElevenLabsNotFoundException
                                steps:
                                  - to: mock:alreadyGone
                """.formatted(fake.baseUrl());
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("erase.yaml", yaml));
        MockEndpoint deleted = context.getEndpoint("mock:deleted", MockEndpoint.class);
        MockEndpoint alreadyGone = context.getEndpoint("mock:alreadyGone", MockEndpoint.class);
        deleted.expectedHeaderReceived(ElevenLabsConstants.CONVERSATION_ID, "conv_yaml");
        alreadyGone.expectedBodiesReceived("conv_yaml");

        context.createProducerTemplate().sendBody("direct:erase", "conv_yaml");
        context.createProducerTemplate().sendBody("direct:erase", "conv_yaml");

        MockEndpoint.assertIsSatisfied(context);
        assertThat(fake.deleteRequests()).isEqualTo(2);
        assertThat(fake.conversationIds()).isEmpty();
    }
}
