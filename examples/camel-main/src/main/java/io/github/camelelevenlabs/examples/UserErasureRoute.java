package io.github.camelelevenlabs.examples;

import io.github.camelelevenlabs.ElevenLabsConstants;
import io.github.camelelevenlabs.InvalidListFilterException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Erase everything of one end user: the body is a {@code user_id}. Lists that user's conversations (page by page,
 * in bounded memory), deletes each, writes an audit line per conversation to {@code {{erasure.audit}}/user-erasure.jsonl},
 * and ends with a summary (found, deleted, already gone, failed, passes, remaining). Safe to re-run: conversations
 * already gone count as done.
 * <p>
 * A user id that is not text, or is empty or blank, is refused before anything is listed ({@link UserIdRule}): a
 * {@code refused} audit line with the reason, and the exchange fails with an {@link InvalidListFilterException}. The
 * erasure lists again after each pass until a listing finds nothing left to try, for at most
 * {@code {{erasure.max-passes}}} passes (default 5); if conversations remain after that, the summary says how many
 * and the exchange fails with an {@link IncompleteErasureException} ({@link ErasurePasses}).
 * {@code user-erasure.yaml} is the same route in YAML.
 */
public class UserErasureRoute extends RouteBuilder {

    private static final String AUDIT = "file:{{erasure.audit}}?fileName=user-erasure.jsonl&fileExist=Append";

    @Override
    public void configure() {
        from("direct:erase-user").routeId("erase-user")
                .setVariable("userId", body())
                .setVariable("refusal", method(UserIdRule.class, "refusal"))
                .filter(variable("refusal").isNotNull())
                    .setBody(method(ErasureAudit.class, "refused"))
                    .to(AUDIT)
                    .log(LoggingLevel.WARN, "Erasure of user ${variable.userId}: ${variable.refusal}")
                    .throwException(InvalidListFilterException.class, "${variable.refusal}")
                .end()
                .setHeader(ElevenLabsConstants.USER_ID, body())
                .setProperty(ErasurePasses.PROPERTY, method(ErasurePasses.class, "start({{erasure.max-passes:5}})"))
                .loopDoWhile(method(ErasurePasses.class, "another"))
                    .to("elevenlabs:conversations?operation=list&pageSize=100")
                    .split(method(ErasurePasses.class, "unattempted")).streaming()
                        .setHeader(ElevenLabsConstants.CONVERSATION_ID, simple("${body.conversationId}"))
                        .doTry()
                            // archive, then erase: with erasure.archive set, nothing is deleted unless archived whole
                            .filter(simple("'{{erasure.archive:}}' != ''")).to("direct:archive-conversation?block=false").endDoTry()
                            .to("elevenlabs:conversations?operation=delete&ignoreNotFound=true")
                            .setBody(method(ErasureAudit.class, "completed"))
                        .doCatch(Exception.class)
                            .setBody(method(ErasureAudit.class, "failed"))
                        .end()
                        .to(AUDIT)
                        .bean(ErasurePasses.class, "count")
                    .end()
                .end()
                .setBody(method(ErasurePasses.class, "summary"))
                .log("Erasure of user ${variable.userId}: ${body}")
                .bean(ErasurePasses.class, "complete");
    }
}
