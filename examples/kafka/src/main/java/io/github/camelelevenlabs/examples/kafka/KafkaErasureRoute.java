package io.github.camelelevenlabs.examples.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelelevenlabs.ElevenLabsAuthenticationException;
import io.github.camelelevenlabs.ElevenLabsConstants;
import io.github.camelelevenlabs.ElevenLabsException;
import io.github.camelelevenlabs.ElevenLabsTransportException;
import io.github.camelelevenlabs.examples.ErasureAudit;
import io.github.camelelevenlabs.examples.UserIdRule;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.apache.camel.support.DefaultMessage;
import org.apache.camel.util.TimeUtils;

/**
 * Erasure requests from Kafka, at least once, across as many instances as the topic has partitions.
 * <p>
 * Each record of {@code {{erasure.requests-topic}}} asks for one erasure, as JSON: {@code {"conversationId":"..."}},
 * or {@code {"userId":"..."}} for every conversation of an end user. A user's erasure goes in rounds
 * ({@link UserErasureRound}): each lists the first page of the user's conversations and puts one request per
 * conversation, then the next round's request, back on the requests topic under the same key; it is complete when a
 * round finds nothing left to try, and incomplete (dead-lettered with the count left) when conversations keep
 * appearing after {@code {{erasure.max-passes}}} passes (default 5). Each conversation gets one audit record on
 * {@code {{erasure.audit-topic}}} (deleted, already-gone or failed, with the instance that did it), and each user one
 * when the erasure is complete (erased, or no-conversations); a failed one, a request that cannot be read (a user id
 * that is not text, or is blank, is refused by {@link UserIdRule}), or an incomplete user erasure also goes to
 * {@code {{erasure.dead-letter-topic}}} with the exception's type and message in the headers
 * {@code erasure-error-type} and {@code erasure-error-message}.
 * <p>
 * The offset is committed only after the outcome is on the audit (and dead letter) topic. An instance that dies before
 * that leaves the request to whichever instance gets its partition, which does it again: {@code ignoreNotFound} makes
 * the replay of a delete that already happened an "already-gone" record, not a failure. Only failures that doing the
 * request again cannot mend are dead-lettered (an invalid id, an unreadable request, a 4xx other than 408, 409 and
 * 429, an incomplete user erasure). A rate limit, an ElevenLabs outage, a rejected key, a network failure or Kafka
 * failing to take the outcome holds the partition at that request: it is retried in place with a growing wait, then
 * taken again (breakOnFirstError), until it can be done and recorded. Nothing is skipped or parked by an outage.
 * <p>
 * No request's work grows with the number of a user's conversations, and the route sets its ElevenLabs deadlines and
 * retries ({@code erasure.request-timeout} and the like), its redeliveries and its Kafka delivery timeout itself, so
 * that it knows the worst case of one poll and gives the consumer a {@code max.poll.interval.ms} that covers it
 * ({@link PollBudget}). The ElevenLabs key and region are set once for the component
 * ({@code camel.component.elevenlabs.*}); see docs/scaling.md.
 */
public class KafkaErasureRoute extends RouteBuilder {

    /** The header of a dead letter that names the exception's class. */
    public static final String ERROR_TYPE = "erasure-error-type";
    /** The header of a dead letter that carries the exception's message. */
    public static final String ERROR_MESSAGE = "erasure-error-message";

    /** How the pipeline calls ElevenLabs: the deadlines and retries its {@link PollBudget} counts on. */
    static final String CONNECT_TIMEOUT = "{{erasure.connect-timeout:5s}}";
    static final String REQUEST_TIMEOUT = "{{erasure.request-timeout:20s}}";
    static final String MAX_RETRIES = "{{erasure.max-retries:2}}";
    static final String MAX_RETRY_DELAY = "{{erasure.max-retry-delay:10s}}";
    static final String CONCURRENCY_LIMIT_TIMEOUT = "{{erasure.concurrency-limit-timeout:30s}}";
    /** The route's own redeliveries: 1 s doubling to at most 30 s, five times (31 s of waiting in all). */
    static final String REDELIVERIES = "{{erasure.redeliveries:5}}";
    static final String REDELIVERY_DELAY = "{{erasure.redelivery-delay:1s}}";
    static final String MAX_REDELIVERY_DELAY = "{{erasure.max-redelivery-delay:30s}}";
    static final double BACK_OFF_MULTIPLIER = 2;
    /** How long a record sent to Kafka may take to be acknowledged, retries included. */
    static final String KAFKA_DELIVERY_TIMEOUT = "{{erasure.kafka-delivery-timeout:30s}}";
    /** One request a poll: a poll's worst case is then one request's. */
    static final String MAX_POLL_RECORDS = "{{erasure.max-poll-records:1}}";

    private static final String BROKERS = "brokers={{kafka.brokers}}";
    private static final String ELEVENLABS = "elevenlabs:conversations?connectTimeout=" + CONNECT_TIMEOUT
                                             + "&requestTimeout=" + REQUEST_TIMEOUT + "&maxRetries=" + MAX_RETRIES
                                             + "&maxRetryDelay=" + MAX_RETRY_DELAY + "&concurrencyLimitTimeout="
                                             + CONCURRENCY_LIMIT_TIMEOUT;
    // sent at once: Kafka 4 waits 5 ms by default (linger.ms), and then refuses a delivery timeout no longer than
    // the request timeout
    private static final String PRODUCER = "?" + BROKERS + "&deliveryTimeoutMs=" + KAFKA_DELIVERY_TIMEOUT
                                           + "&requestTimeoutMs=" + KAFKA_DELIVERY_TIMEOUT + "&lingerMs=0";
    private static final String REQUESTS_TOPIC = "{{erasure.requests-topic:erasure-requests}}";
    private static final String AUDIT = "kafka:{{erasure.audit-topic:erasure-audit}}" + PRODUCER;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure() {
        // Permanent failures are caught and recorded by the routes. Anything else (a rate limit, an ElevenLabs
        // outage, the network, Kafka not taking the outcome) is retried in place with a growing wait; then the
        // exchange fails uncommitted and breakOnFirstError takes the request again on a new consumer. The consumer's
        // max.poll.interval.ms covers the worst case of all this (PollBudget), so a slow request never costs the
        // instance its partitions.
        errorHandler(defaultErrorHandler()
                .maximumRedeliveries(Integer.parseInt(resolve(REDELIVERIES)))
                .redeliveryDelay(duration(REDELIVERY_DELAY).toMillis()).useExponentialBackOff()
                .backOffMultiplier(BACK_OFF_MULTIPLIER).maximumRedeliveryDelay(duration(MAX_REDELIVERY_DELAY).toMillis())
                .retryAttemptedLogLevel(LoggingLevel.WARN));

        from("kafka:" + REQUESTS_TOPIC + "?" + BROKERS
             + "&groupId={{erasure.group-id:camel-elevenlabs-erasure}}&autoOffsetReset=earliest"
             + "&autoCommitEnable=false&allowManualCommit=true&breakOnFirstError=true"
             + "&consumersCount={{erasure.consumers:1}}&maxPollRecords=" + MAX_POLL_RECORDS
             + "&maxPollIntervalMs=" + pollBudget().maxPollIntervalMs()
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
                    .when(header(ElevenLabsConstants.CONVERSATION_ID).isNotNull())
                        .to("direct:erase-conversation")
                    .otherwise()
                        .to("direct:erase-user-round")
                .end()
                .process(KafkaErasureRoute::commitOffset);

        from("direct:erase-user-round").routeId("kafka-erase-user-round")
                // a user that cannot be listed (a 4xx, an unreadable page) or whose conversations keep appearing:
                // recorded as failed and dead-lettered, to send again later; anything else is retried in place and
                // the request taken again, as everywhere in this pipeline
                .onException(Exception.class).onWhen(KafkaErasureRoute::isPermanent).handled(true)
                    .to("direct:erasure-failed")
                    .to(AUDIT)
                .end()
                // what a dead letter would ask for: the user's erasure, from the start
                .setVariable("request", method(KafkaErasureRoute.class, "userRequest"))
                // the first page only, every round: what the cursor does while deleting does not matter
                .to(ELEVENLABS + "&operation=list&pageSize=" + UserErasureRound.PAGE + "&maxResults="
                    + UserErasureRound.PAGE)
                // a bean step, not an expression: the round's variables must stay on the exchange
                .bean(UserErasureRound.class, "plan(${exchange}, {{erasure.max-passes:5}})")
                .choice()
                    .when(simple("${body.isEmpty()}"))
                        .choice()
                            .when(variable("erasureRound").isEqualTo(1))
                                // the request leaves a trace even when the user has no conversation
                                .setBody(method(ErasureAudit.class, "noConversationsRecord"))
                            .otherwise()
                                .setBody(method(ErasureAudit.class, "erasedRecord"))
                        .end()
                        .to(AUDIT)
                    .endChoice()
                    .otherwise()
                        // each conversation, then the next round, under one key: one partition, in that order
                        .process(KafkaErasureRoute::keyedRecords)
                        .to("kafka:" + REQUESTS_TOPIC + PRODUCER)
                .end();

        from("direct:erase-conversation").routeId("kafka-erase-conversation")
                .setHeader(KafkaConstants.KEY, header(ElevenLabsConstants.CONVERSATION_ID))
                .doTry()
                    .to(ELEVENLABS + "&operation=delete&ignoreNotFound=true")
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
                .to("kafka:{{erasure.dead-letter-topic:erasure-dead-letters}}" + PRODUCER)
                // the caller writes it to the audit topic
                .setBody(method(ErasureAudit.class, "failedRecord"));
    }

    /** @return the worst case of one poll, from the settings this route runs with */
    PollBudget pollBudget() {
        int redeliveries = Integer.parseInt(resolve(REDELIVERIES));
        return new PollBudget(Integer.parseInt(resolve(MAX_POLL_RECORDS)), duration(CONNECT_TIMEOUT),
                duration(REQUEST_TIMEOUT), Integer.parseInt(resolve(MAX_RETRIES)), duration(MAX_RETRY_DELAY),
                duration(CONCURRENCY_LIMIT_TIMEOUT), duration(KAFKA_DELIVERY_TIMEOUT), redeliveries,
                PollBudget.exponentialDelays(duration(REDELIVERY_DELAY), BACK_OFF_MULTIPLIER,
                        duration(MAX_REDELIVERY_DELAY), redeliveries));
    }

    private String resolve(String placeholder) {
        return getContext().resolvePropertyPlaceholders(placeholder);
    }

    private Duration duration(String placeholder) {
        return Duration.ofMillis(TimeUtils.toMilliSeconds(resolve(placeholder)));
    }

    /**
     * Reads an erasure request: a {@code conversationId} (with the {@code userId} it was found for, if any), or a
     * {@code userId} alone for a round of that user's erasure; each a string that is not blank. Anything else is
     * refused before a call: a request that lists without a user would list the whole account.
     */
    static void readRequest(Exchange exchange) {
        Map<?, ?> request = exchange.getMessage().getBody(Map.class);
        Object conversationId = request.get("conversationId");
        Object userId = request.get("userId");
        boolean conversation = conversationId instanceof String id && !id.isBlank();
        String userRefusal = userId == null ? null : UserIdRule.refusal(userId);
        if (conversationId == null && userId == null || conversationId != null && !conversation
            || userRefusal != null) {
            throw new IllegalArgumentException("An erasure request names a conversationId or a userId, as a"
                                               + " string that is not blank; this one has " + request.keySet()
                                               + (userRefusal != null ? ". " + userRefusal : ""));
        }
        exchange.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, conversationId);
        exchange.getMessage().setHeader(ElevenLabsConstants.USER_ID, userId);
        exchange.setVariable("erasureRequest", request);
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

    /** @return the erasure request of the exchange's user, from the start, as JSON */
    public static String userRequest(Exchange exchange) throws JsonProcessingException {
        return JSON.writeValueAsString(
                Map.of("userId", exchange.getMessage().getHeader(ElevenLabsConstants.USER_ID, "")));
    }

    /** @return the erasure request of the exchange's one conversation, as JSON */
    public static String conversationRequest(Exchange exchange) throws JsonProcessingException {
        return JSON.writeValueAsString(
                Map.of("conversationId", exchange.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID, "")));
    }

    /**
     * Turns the requests a round sends into records keyed as the round's own request was (by its user if it had no
     * key), so that they reach its partition, in order; Kafka sends them together.
     */
    static void keyedRecords(Exchange exchange) {
        Object key = exchange.getMessage().getHeader(KafkaConstants.KEY);
        Object partitionKey = key != null ? key : exchange.getMessage().getHeader(ElevenLabsConstants.USER_ID);
        List<Message> records = new ArrayList<>();
        for (Object request : exchange.getMessage().getBody(List.class)) {
            Message record = new DefaultMessage(exchange.getContext());
            record.setHeader(KafkaConstants.KEY, partitionKey);
            record.setBody(request);
            records.add(record);
        }
        exchange.getMessage().setBody(records);
    }

    /** Commits the request's offset: its outcome is recorded. */
    static void commitOffset(Exchange exchange) {
        KafkaManualCommit commit = exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT,
                KafkaManualCommit.class);
        commit.commit();
    }
}
