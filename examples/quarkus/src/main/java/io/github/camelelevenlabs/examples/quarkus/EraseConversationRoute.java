package io.github.camelelevenlabs.examples.quarkus;

import org.apache.camel.builder.RouteBuilder;

/**
 * One route on Camel Quarkus: deletes the conversation named in the body. Quarkus finds the route as a bean; the
 * elevenlabs component by its service file, once application.properties has Quarkus index the component's jar.
 */
public class EraseConversationRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:erase").routeId("erase")
                .setHeader("CamelElevenLabsConversationId", body())
                .to("elevenlabs:conversations?operation=delete&ignoreNotFound=true");
    }
}
