package io.github.camelelevenlabs;

import org.apache.camel.CamelContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An endpoint refuses, when it is created, an option that only another operation uses: a delete endpoint with a
 * userId would read as restricted to that user, and delete whatever id the message names.
 */
class OptionsOfOneOperationTest extends FakeElevenLabsTestSupport {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "delete   | userId=user_1                  | userId is an option of another operation than operation=delete, which would ignore it (a delete deletes the conversation the message names, whoever it belongs to)",
            "delete   | agentId=agent_1&unfiltered=true | agentId, unfiltered are options of another operation than operation=delete",
            "getAudio | callSuccessful=success         | callSuccessful is an option of another operation than operation=getAudio",
            "getAudio | format=opentelemetry           | format is an option of another operation than operation=getAudio",
            "get      | maxResults=5                   | maxResults is an option of another operation than operation=get",
            "list     | conversationId=conv_1&unfiltered=true | conversationId is an option of another operation than operation=list",
            "list     | unfiltered=true&maxResults=-1  | maxResults cannot be negative" })
    void anOptionTheOperationWouldIgnoreIsRefusedWhenTheEndpointIsCreated(String operation, String options,
                                                                          String message) throws Exception {
        CamelContext context = camel();

        assertThatThrownBy(() -> context.getEndpoint(onFake(operation, options)))
                .hasStackTraceContaining(message);
        assertThat(fake.requests()).isEmpty();
    }
}
