package io.github.camelelevenlabs.examples;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelelevenlabs.ElevenLabsConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;

/**
 * Erasure requests from Kafka, at least once, across as many instances as the topic has partitions.
 * <p>
 * Each record of {@code {{erasure.requests-topic}}} asks for one erasure, as JSON: {@code {"conversationId":"..."}},
 * or {@code {"userId":"..."}} for every conversation of an end user (listed page by page). Each conversation gets one
 * audit record on {@code {{erasure.audit-topic}}} (deleted, already-gone or failed, with the instance that did it); a
 * failed one, or a request that cannot be read, also goes to {@code {{erasure.dead-letter-topic}}} with the exception's
 * type and message in the headers {@code erasure-error-type} and {@code erasure-error-message}.
 * <p>
 * The offset is committed only after the outcome is on the audit (and dead letter) topic. An instance that dies before
 * that leaves the request to whichever instance gets its partition, which does it again: {@code ignoreNotFound} makes
 * the replay of a delete that already happened an "already-gone" record, not a failure. Writing to Kafka failing
 * stops the partition at that request (breakOnFirstError) until it can be recorded: nothing is skipped.
 * <p>
 * The ElevenLabs key, region and retries are set once for the component ({@code camel.component.elevenlabs.*}); see
 * docs/scaling.md for dividing the plan's concurrency between instances.
 */
public class KafkaErasureRoute extends RouteBuilder {

    /** The header of a dead letter that names the exception's class. */
    public static final String ERROR_TYPE = "erasure-error-type";
    /** The header of a dead letter that carries the exception's message. */
    public static final String ERROR_MESSAGE = "erasure-error-message";

    private static final String BROKERS = "brokers={{kafka.brokers}}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure() {
        // failures are recorded by the routes themselves; anything else (Kafka unreachable) must fail the exchange so
        // that its offset is not committed
        errorHandler(noErrorHandler());

        from("kafka:{{erasure.requests-topic:erasure-requests}}?" + BROKERS
             + "&groupId={{erasure.group-id:camel-elevenlabs-erasure}}&autoOffsetReset=earliest"
             + "&autoCommitEnable=false&allowManualCommit=true&breakOnFirstError=true"
             + "&consumersCount={{erasure.consumers:1}}&maxPollRecords={{erasure.max-poll-records:50}}"
             + "&sessionTimeoutMs={{erasure.session-timeout-ms:10000}}"
             + "&heartbeatIntervalMs={{erasure.heartbeat-interval-ms:3000}}")
                .routeId("kafka-erasure-requests")
                .setHeader(ErasureAudit.INSTANCE, constant("{{erasure.instance:erasure}}"))
                .setVariable("request", body())
                .doTry()
                    .unmarshal().json(Map.class)
                    .setHeader(ElevenLabsConstants.USER_ID, simple("${body[userId]}"))
                    .setHeader(ElevenLabsConstants.CONVERSATION_ID, simple("${body[conversationId]}"))
                    .filter(header(ElevenLabsConstants.USER_ID).isNotNull())
                        // the first page is read here: a user that cannot be listed is a failed request
                        .to("elevenlabs:conversations?operation=list&pageSize=100")
                    .endDoTry()
                .doCatch(Exception.class)
                    .to("direct:erasure-failed")
                    .to("kafka:{{erasure.audit-topic:erasure-audit}}?" + BROKERS)
                    .setVariable("recorded", constant(true))
                .end()
                .choice()
                    .when(variable("recorded").isNotNull())
                        .log("Request ${header[kafka.KEY]} could not be done: dead-lettered")
                    .when(header(ElevenLabsConstants.USER_ID).isNotNull())
                        // later pages that fail (after the component's retries) fail the exchange: the request is
                        // not committed and is done again
                        .split(body()).streaming()
                            .setHeader(ElevenLabsConstants.CONVERSATION_ID, simple("${body.conversationId}"))
                            .to("direct:erase-conversation")
                        .endChoice()
                    .otherwise()
                        .to("direct:erase-conversation")
                .end()
                .process(KafkaErasureRoute::commitOffset);

        from("direct:erase-conversation").routeId("kafka-erase-conversation")
                .setHeader(KafkaConstants.KEY, header(ElevenLabsConstants.CONVERSATION_ID))
                .doTry()
                    .to("elevenlabs:conversations?operation=delete&ignoreNotFound=true")
                    .setBody(method(ErasureAudit.class, "completedRecord"))
                .doCatch(Exception.class)
                    // the dead letter is a request for this one conversation, to send again once fixed
                    .setVariable("request", method(KafkaErasureRoute.class, "conversationRequest"))
                    .to("direct:erasure-failed")
                .end()
                .to("kafka:{{erasure.audit-topic:erasure-audit}}?" + BROKERS);

        from("direct:erasure-failed").routeId("kafka-erasure-failed")
                .setHeader(ERROR_TYPE, simple("${exception.class.name}"))
                .setHeader(ERROR_MESSAGE, simple("${exception.message}"))
                .setBody(variable("request"))
                .to("kafka:{{erasure.dead-letter-topic:erasure-dead-letters}}?" + BROKERS)
                // the caller writes it to the audit topic
                .setBody(method(ErasureAudit.class, "failedRecord"));
    }

    /** @return the erasure request of the exchange's one conversation, as JSON */
    public static String conversationRequest(Exchange exchange) throws JsonProcessingException {
        return JSON.writeValueAsString(
                Map.of("conversationId", exchange.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID, "")));
    }

    /** Commits the request's offset: its outcome is recorded. */
    static void commitOffset(Exchange exchange) {
        KafkaManualCommit commit = exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT,
                KafkaManualCommit.class);
        commit.commit();
    }
}
