package io.github.camelelevenlabs.examples;

import io.github.camelelevenlabs.ElevenLabsConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * Erase everything of one end user: the body is a {@code user_id}. Lists that user's conversations (page by page,
 * in bounded memory), deletes each, writes an audit line per conversation to {@code {{erasure.audit}}/user-erasure.jsonl},
 * and ends with a summary (found, deleted, already gone, failed). Safe to re-run: conversations already gone count as
 * done. {@code user-erasure.yaml} is the same route in YAML.
 */
public class UserErasureRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:erase-user").routeId("erase-user")
                .setHeader(ElevenLabsConstants.USER_ID, body())
                .setVariable("userId", body())
                .to("elevenlabs:conversations?operation=list&pageSize=100")
                .split(body(), new ErasureSummary()).streaming()
                    .setHeader(ElevenLabsConstants.CONVERSATION_ID, simple("${body.conversationId}"))
                    .doTry()
                        .to("elevenlabs:conversations?operation=delete&ignoreNotFound=true")
                        .setBody(method(ErasureAudit.class, "completed"))
                    .doCatch(Exception.class)
                        .setBody(method(ErasureAudit.class, "failed"))
                    .end()
                    .to("file:{{erasure.audit}}?fileName=user-erasure.jsonl&fileExist=Append")
                .end()
                .log("Erasure of user ${variable.userId}: ${body}");
    }
}
