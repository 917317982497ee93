package io.github.camelelevenlabs.examples;

import java.time.Clock;
import java.time.Duration;

import io.github.camelelevenlabs.ElevenLabsConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * Retention: on a schedule, delete the conversations of one agent that started more than {@code {{retention.days}}}
 * days ago. A dry run by default ({@code retention.dry-run=true}): it lists and audits what it would delete, and
 * deletes nothing until you set {@code retention.dry-run=false}. Once it deletes, it lists again after each pass until
 * a listing finds nothing left to try, for at most {@code {{erasure.max-passes}}} passes (default 5); if conversations
 * remain after that, the summary says how many and the run fails with an {@link IncompleteErasureException}
 * ({@link ErasurePasses}). {@code retention.yaml} is the same route in YAML.
 */
public class RetentionRoute extends RouteBuilder {

    /** @return the Unix time, in seconds, before which conversations are older than {@code days} days */
    public static long cutoff(int days) {
        return Clock.systemUTC().instant().minus(Duration.ofDays(days)).getEpochSecond();
    }

    @Override
    public void configure() {
        from("timer:retention?period={{retention.period:24h}}&delay={{retention.delay:1s}}").routeId("retention")
                .setHeader(ElevenLabsConstants.AGENT_ID, constant("{{retention.agent-id}}"))
                .setHeader(ElevenLabsConstants.CALL_START_BEFORE_UNIX,
                        method(RetentionRoute.class, "cutoff({{retention.days}})"))
                .setProperty(ErasurePasses.PROPERTY, method(ErasurePasses.class, "start({{erasure.max-passes:5}})"))
                .loopDoWhile(method(ErasurePasses.class, "another"))
                    .to("elevenlabs:conversations?operation=list&pageSize={{retention.page-size:100}}")
                    .split(method(ErasurePasses.class, "unattempted")).streaming()
                        .setHeader(ElevenLabsConstants.CONVERSATION_ID, simple("${body.conversationId}"))
                        .doTry()
                            // archive, then erase: with erasure.archive set, nothing is deleted unless archived whole
                            .filter(simple("'{{erasure.archive:}}' != ''")).to("direct:archive-conversation?block=false").endDoTry()
                            .to("elevenlabs:conversations?operation=delete&ignoreNotFound=true"
                                + "&dryRun={{retention.dry-run:true}}")
                            .setBody(method(ErasureAudit.class, "completed"))
                        .doCatch(Exception.class)
                            .setBody(method(ErasureAudit.class, "failed"))
                        .end()
                        .to("file:{{erasure.audit}}?fileName=retention.jsonl&fileExist=Append")
                        .bean(ErasurePasses.class, "count")
                    .end()
                .end()
                .setBody(method(ErasurePasses.class, "summary"))
                .log("Retention of agent {{retention.agent-id}} ({{retention.days}} days, dry run"
                     + " {{retention.dry-run:true}}): ${body}")
                .to("{{retention.done:log:retention-done}}")
                .bean(ErasurePasses.class, "complete");
    }
}
