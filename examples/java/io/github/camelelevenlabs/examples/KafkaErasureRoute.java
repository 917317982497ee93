package io.github.camelelevenlabs.examples;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelelevenlabs.ElevenLabsConstants;
import io.github.camelelevenlabs.ElevenLabsAuthenticationException;
import io.github.camelelevenlabs.ElevenLabsException;
import io.github.camelelevenlabs.ElevenLabsTransportException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;

/**
 * Erasure requests from Kafka, at least once, across as many instances as the topic has partitions.
 * <p>
 * Each record of {@code {{erasure.requests-topic}}} asks for one erasure, as JSON: {@code {"conversationId":"..."}},
 * or {@code {"userId":"..."}} for every conversation of an end user (listed page by page, and listed again after each
 * pass until a listing finds nothing left to try, for at most {@code {{erasure.max-passes}}} passes, default 5: see
 * {@link ErasurePasses}). Each conversation gets one audit record on {@code {{erasure.audit-topic}}} (deleted,
 * already-gone or failed, with the instance that did it); a failed one, a request that cannot be read (a user id that
 * is not text, or is blank, is refused by {@link UserIdRule}), or a user whose conversations remain after the last
 * pass, also goes to {@code {{erasure.dead-letter-topic}}} with the exception's type and message in the headers
 * {@code erasure-error-type} and {@code erasure-error-message}.
 * <p>
 * The offset is committed only after the outcome is on the audit (and dead letter) topic. An instance that dies before
 * that leaves the request to whichever instance gets its partition, which does it again: {@code ignoreNotFound} makes
 * the replay of a delete that already happened an "already-gone" record, not a failure. Only failures that doing the
 * request again cannot mend are dead-lettered (an invalid id, an unreadable request, a 4xx other than 408, 409 and
 * 429), and a user whose conversations still appear after the last pass: taken again at once it would hold the
 * partition for as long as they keep appearing, so it is recorded as failed with the count left, to send again
 * later. A rate limit, an ElevenLabs outage, a rejected key, a network failure or Kafka failing to take the outcome
 * holds the partition at that request: it is retried in place with a growing wait, then taken again
 * (breakOnFirstError), until it can be done and recorded. Nothing is skipped or parked by an outage.
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
    private static final String AUDIT = "kafka:{{erasure.audit-topic:erasure-audit}}?" + BROKERS;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure() {
        // Permanent failures are caught and recorded by the routes. Anything else (a rate limit, an ElevenLabs
        // outage, the network, Kafka not taking the outcome) is retried in place with a growing wait, about 3 minutes
        // in all, inside Kafka's max.poll.interval.ms (5 minutes), so the partition waits without leaving the group.
        // Then the exchange fails uncommitted and breakOnFirstError takes the request again on a new consumer.
        errorHandler(defaultErrorHandler()
                .maximumRedeliveries(8).redeliveryDelay(1_000).useExponentialBackOff().backOffMultiplier(2)
                .maximumRedeliveryDelay(60_000).retryAttemptedLogLevel(LoggingLevel.WARN));

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
                    .process(KafkaErasureRoute::readRequest)
                .doCatch(Exception.class).onWhen(KafkaErasureRoute::isPermanent)
                    .to("direct:erasure-failed")
                    .to(AUDIT)
                    .setVariable("recorded", constant(true))
                .end()
                .choice()
                    .when(variable("recorded").isNotNull())
                        .log("Request ${header[kafka.KEY]} could not be done: dead-lettered")
                    .when(header(ElevenLabsConstants.USER_ID).isNull())
                        .to("direct:erase-conversation")
                    .otherwise()
                        .to("direct:erase-user")
                .end()
                .process(KafkaErasureRoute::commitOffset);

        from("direct:erase-user").routeId("kafka-erase-user")
                // a user that cannot be listed (a 4xx, an unreadable page) or whose conversations remain after the
                // last pass: recorded as failed and dead-lettered, to send again later; anything else is retried
                // in place and the request taken again, as everywhere in this pipeline
                .onException(Exception.class).onWhen(KafkaErasureRoute::isPermanent).handled(true)
                    .to("direct:erasure-failed")
                    .to(AUDIT)
                .end()
                .setProperty(ErasurePasses.PROPERTY, method(ErasurePasses.class, "start({{erasure.max-passes:5}})"))
                .loopDoWhile(method(ErasurePasses.class, "another"))
                    .to("elevenlabs:conversations?operation=list&pageSize=100")
                    // a conversation whose outcome cannot be recorded stops the split, and a later page that cannot
                    // be fetched fails it: unless that is permanent, the request is not committed and is done again
                    .split(method(ErasurePasses.class, "unattempted")).streaming().stopOnException()
                        .setHeader(ElevenLabsConstants.CONVERSATION_ID, simple("${body.conversationId}"))
                        .to("direct:erase-conversation")
                        .bean(ErasurePasses.class, "count")
                    .end()
                .end()
                .setBody(method(ErasurePasses.class, "summary"))
                .log("Erasure of user ${header." + ElevenLabsConstants.USER_ID + "}: ${body}")
                .bean(ErasurePasses.class, "complete")
                .filter(simple("${body[found]} == 0"))
                    // the request leaves a trace even when the user has no conversation
                    .setBody(method(ErasureAudit.class, "noConversationsRecord"))
                    .to(AUDIT)
                .end();

        from("direct:erase-conversation").routeId("kafka-erase-conversation")
                .setHeader(KafkaConstants.KEY, header(ElevenLabsConstants.CONVERSATION_ID))
                .doTry()
                    .to("elevenlabs:conversations?operation=delete&ignoreNotFound=true")
                    .setBody(method(ErasureAudit.class, "completedRecord"))
                // a rate limit, an ElevenLabs failure or a network failure that outlasted the component's retries
                // is not caught: the request is taken again rather than parked
                .doCatch(Exception.class).onWhen(KafkaErasureRoute::isPermanent)
                    // the dead letter is a request for this one conversation, to send again once fixed
                    .setVariable("request", method(KafkaErasureRoute.class, "conversationRequest"))
                    .to("direct:erasure-failed")
                .end()
                .to(AUDIT);

        from("direct:erasure-failed").routeId("kafka-erasure-failed")
                .setHeader(ERROR_TYPE, simple("${exception.class.name}"))
                .setHeader(ERROR_MESSAGE, simple("${exception.message}"))
                .setBody(variable("request"))
                .to("kafka:{{erasure.dead-letter-topic:erasure-dead-letters}}?" + BROKERS)
                // the caller writes it to the audit topic
                .setBody(method(ErasureAudit.class, "failedRecord"));
    }

    /**
     * Reads an erasure request: exactly one of {@code conversationId} and {@code userId}, a string that is not blank.
     * Anything else is refused before a call: a request that lists without a user would list the whole account.
     */
    static void readRequest(Exchange exchange) {
        Map<?, ?> request = exchange.getMessage().getBody(Map.class);
        Object conversationId = request.get("conversationId");
        Object userId = request.get("userId");
        boolean conversation = conversationId instanceof String id && !id.isBlank();
        String userRefusal = userId == null ? null : UserIdRule.refusal(userId);
        boolean user = userId != null && userRefusal == null;
        if (conversation == user || (conversationId != null && !conversation) || userRefusal != null) {
            throw new IllegalArgumentException("An erasure request names either a conversationId or a userId, as a"
                                               + " string that is not blank; this one has " + request.keySet()
                                               + (userRefusal != null ? ". " + userRefusal : ""));
        }
        exchange.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, conversationId);
        exchange.getMessage().setHeader(ElevenLabsConstants.USER_ID, userId);
    }

    /**
     * @return whether the failure is one that doing the request again cannot mend (an invalid id, an unreadable
     *         request, conversations left after the last pass), so that it is dead-lettered; a rate limit, an
     *         ElevenLabs failure, a rejected key or a network failure is not, and the request is taken again
     */
    public static boolean isPermanent(Exchange exchange) {
        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ElevenLabsTransportException || cause instanceof ElevenLabsAuthenticationException) {
                // a rejected key is the operator's to fix: dead-lettering would empty the whole backlog into the
                // dead letter topic within seconds
                return false;
            }
            if (cause instanceof ElevenLabsException elevenLabs) {
                // what the component itself retries (408, 409, 429, 5xx) and outlasted its retries
                return !elevenLabs.isRetryable();
            }
        }
        // no answer from ElevenLabs in the causes: an invalid id, an unreadable request or page
        return true;
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
