package io.github.camelelevenlabs.examples.kafka;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.ElevenLabsConfiguration;
import io.github.camelelevenlabs.ElevenLabsEndpoint;
import io.github.camelelevenlabs.examples.IncompleteErasureException;
import io.github.camelelevenlabs.fake.Conversation;
import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.RedeliveryPolicyDefinition;
import org.apache.camel.model.errorhandler.DefaultErrorHandlerDefinition;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka erasure pipeline against a real Kafka broker (started in this JVM) and the fake ElevenLabs API: what each
 * request leaves on the audit and dead letter topics, and that instances in one group, one of them killed halfway,
 * lose and repeat nothing that matters.
 */
class KafkaErasureRouteIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeElevenLabs fake = new FakeElevenLabs();

    @TempDir
    Path work;

    @TempDir
    static Path brokerFolder;

    static KafkaBroker broker;

    final List<CamelContext> instances = new ArrayList<>();
    final List<Path> childLogs = new ArrayList<>();
    String requests;
    String audit;
    String deadLetters;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start(brokerFolder);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @BeforeEach
    void startFakeAndCreateTopics() throws Exception {
        fake.start();
        // each test its own topics: nothing left over from another
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        requests = "erasure-requests-" + suffix;
        audit = "erasure-audit-" + suffix;
        deadLetters = "erasure-dead-letters-" + suffix;
        broker.createTopics(6, requests, audit, deadLetters);
    }

    /** Stops the instances, then checks every request and answer against the OpenAPI. */
    @AfterEach
    void stopInstancesAndCheckTheContract() {
        instances.forEach(CamelContext::stop);
        assertThat(fake.contractViolations()).isEmpty();
        fake.close();
    }

    @Test
    void eachRequestLeavesOneAuditRecordPerConversationAndFailuresADeadLetterWithTheReason() throws Exception {
        fake.addConversations("conv_1", "conv_2");
        fake.addConversation(Conversation.of("conv_u1", 1_760_000_100L).withUser("user_7"));
        fake.addConversation(Conversation.of("conv_u2", 1_760_000_200L).withUser("user_7"));
        fake.addConversation(Conversation.of("conv_other", 1_760_000_300L).withUser("user_8"));
        instance("a", 1);

        send(Map.of("conv_1", "{\"conversationId\":\"conv_1\"}",
                "conv_gone", "{\"conversationId\":\"conv_gone\"}",
                "user_7", "{\"userId\":\"user_7\"}",
                "user_none", "{\"userId\":\"user_none\"}",
                "bad_id", "{\"conversationId\":\"..\"}",
                "blank_user", "{\"userId\":\" \"}",
                "malformed", "this is not JSON"));
        send(Map.of("null_user", "{\"userId\":null}",
                "empty_user", "{\"userId\":\"\"}",
                "list_user", "{\"userId\":[\"user_7\"]}",
                "number_user", "{\"userId\":7}"));
        Map<String, List<Map<String, Object>>> audited = auditRecords(records -> records.size() >= 13);
        List<ConsumerRecord<String, String>> dead = read(deadLetters, records -> records.size() >= 7);

        assertThat(outcomes(audited)).containsEntry("conv_1", List.of("deleted"))
                .containsEntry("conv_gone", List.of("already-gone"))
                .containsEntry("conv_u1", List.of("deleted")).containsEntry("conv_u2", List.of("deleted"))
                .containsEntry("user_7", List.of("erased"))
                .containsEntry("user_none", List.of("no-conversations"))
                .containsEntry("..", List.of("failed")).containsEntry("malformed", List.of("failed"))
                .containsEntry("blank_user", List.of("failed")).containsEntry("null_user", List.of("failed"))
                .containsEntry("empty_user", List.of("failed")).containsEntry("list_user", List.of("failed"))
                .containsEntry("number_user", List.of("failed"))
                .hasSize(13);
        assertThat(audited.get("user_7").get(0)).as("the user's erasure, complete after its second round")
                .containsEntry("rounds", 2).containsEntry("conversations", 2);
        assertThat(audited.get("conv_u1").get(0)).containsEntry("userId", "user_7").containsEntry("instance", "a");
        assertThat(audited.get("..").get(0)).containsEntry("error", "InvalidConversationIdException");
        assertThat(fake.conversationIds()).containsExactlyInAnyOrder("conv_2", "conv_other");

        Map<String, ConsumerRecord<String, String>> byKey = dead.stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> r));
        assertThat(byKey).containsOnlyKeys("..", "malformed", "blank_user", "null_user", "empty_user", "list_user",
                "number_user");
        assertThat(header(byKey.get("blank_user"), KafkaErasureRoute.ERROR_MESSAGE))
                .as("a blank user id would list the whole account: refused").contains("not blank")
                .contains("the user id is blank");
        assertThat(header(byKey.get("null_user"), KafkaErasureRoute.ERROR_MESSAGE))
                .contains("names a conversationId or a userId");
        assertThat(header(byKey.get("empty_user"), KafkaErasureRoute.ERROR_MESSAGE)).contains("the user id is empty");
        assertThat(header(byKey.get("list_user"), KafkaErasureRoute.ERROR_MESSAGE)).contains("not text");
        assertThat(header(byKey.get("number_user"), KafkaErasureRoute.ERROR_MESSAGE))
                .contains("the user id is a java.lang.Integer, not text");
        assertThat(fake.requests()).as("no request lists without its user")
                .allSatisfy(r -> assertThat(r.rawQuery()).satisfiesAnyOf(
                        query -> assertThat(query).isNull(), query -> assertThat(query).contains("user_id=user_")));
        assertThat(header(byKey.get(".."), KafkaErasureRoute.ERROR_TYPE))
                .isEqualTo("io.github.camelelevenlabs.InvalidConversationIdException");
        assertThat(header(byKey.get(".."), KafkaErasureRoute.ERROR_MESSAGE)).contains("dot segment");
        assertThat(byKey.get("..").value()).as("a request for the one conversation, to send again once fixed")
                .isEqualTo("{\"conversationId\":\"..\"}");
        assertThat(byKey.get("malformed").value()).isEqualTo("this is not JSON");
        assertThat(header(byKey.get("malformed"), KafkaErasureRoute.ERROR_TYPE)).contains("Json");
    }

    @Test
    void anOutageIsWaitedOutNotDeadLetteredTheRequestIsTakenAgainUntilItIsDone() throws Exception {
        fake.addConversations("conv_t", "conv_after");
        // ElevenLabs fails the first delete of conv_t; the component does not retry here, so the route must
        fake.stubFor(delete(urlPathEqualTo("/v1/convai/conversations/conv_t")).atPriority(1)
                .inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeElevenLabs.offContract(aResponse().withStatus(503), "a bare 503 from a proxy"))
                .willSetStateTo("recovered"));
        instance("a", 1, configuration -> configuration.setMaxRetries(0));

        // one partition's order: conv_after waits behind conv_t
        send(Map.of("same-key", "{\"conversationId\":\"conv_t\"}"));
        send(Map.of("same-key", "{\"conversationId\":\"conv_after\"}"));
        Map<String, List<Map<String, Object>>> audited = auditRecords(records -> records.size() >= 2);

        assertThat(outcomes(audited)).as(String.valueOf(audited.get("conv_t"))).containsEntry("conv_t", List.of("deleted"))
                .containsEntry("conv_after", List.of("deleted")).hasSize(2);
        assertThat(fake.requests().stream().filter(r -> r.rawPath().endsWith("/conv_t")).count())
                .as("the failed delete and the one that worked").isEqualTo(2);
        assertThat(readAll(deadLetters)).as("nothing parked by the outage").isEmpty();
    }

    /**
     * Kafka takes a partition away from a consumer that does not poll again within max.poll.interval.ms, and the
     * request is then done twice at once: the consumer's must cover the worst case of one poll, computed from the
     * settings that the pipeline's endpoints and error handler really run with, read back from the running route.
     */
    @Test
    void theConsumerMayTakeAsLongAsTheWorstCaseOfOnePollWithTheSettingsTheRouteRunsWith() throws Exception {
        CamelContext context = instance("a", 1);

        List<ElevenLabsEndpoint> calls = context.getEndpoints().stream().filter(ElevenLabsEndpoint.class::isInstance)
                .map(ElevenLabsEndpoint.class::cast).toList();
        List<KafkaEndpoint> kafka = context.getEndpoints().stream().filter(KafkaEndpoint.class::isInstance)
                .map(KafkaEndpoint.class::cast).toList();
        KafkaEndpoint consumer = kafka.stream().filter(k -> k.getConfiguration().getTopic().equals(requests))
                .filter(k -> k.getConfiguration().getGroupId() != null).findFirst().orElseThrow();
        RedeliveryPolicyDefinition redelivery = ((DefaultErrorHandlerDefinition) context.getCamelContextExtension()
                .getContextPlugin(Model.class).getRouteDefinition("kafka-erase-conversation").getErrorHandlerFactory())
                .getRedeliveryPolicy();
        assertThat(calls).as("the list and the delete endpoint").hasSize(2);
        ElevenLabsConfiguration call = calls.get(0).getConfiguration();
        assertThat(calls).allSatisfy(endpoint -> assertThat(endpoint.getConfiguration())
                .usingRecursiveComparison().comparingOnlyFields("connectTimeout", "requestTimeout", "maxRetries",
                        "maxRetryDelay", "concurrencyLimitTimeout").isEqualTo(call));
        long deliveryTimeout = kafka.stream().filter(k -> k.getConfiguration().getGroupId() == null)
                .mapToLong(k -> k.getConfiguration().getDeliveryTimeoutMs()).max().orElseThrow();
        int redeliveries = Integer.parseInt(redelivery.getMaximumRedeliveries());
        PollBudget worstCase = new PollBudget(consumer.getConfiguration().getMaxPollRecords(),
                Duration.ofMillis(call.getConnectTimeout()), Duration.ofMillis(call.getRequestTimeout()),
                call.getMaxRetries(), Duration.ofMillis(call.getMaxRetryDelay()),
                Duration.ofMillis(call.getConcurrencyLimitTimeout()), Duration.ofMillis(deliveryTimeout),
                redeliveries, PollBudget.exponentialDelays(Duration.ofMillis(Long.parseLong(redelivery.getRedeliveryDelay())),
                        Double.parseDouble(redelivery.getBackOffMultiplier()),
                        Duration.ofMillis(Long.parseLong(redelivery.getMaximumRedeliveryDelay())), redeliveries));

        assertThat(kafka).as("every Kafka producer has a delivery timeout").filteredOn(k -> k.getConfiguration()
                .getGroupId() == null).allSatisfy(k -> assertThat(k.getConfiguration().getDeliveryTimeoutMs())
                        .isEqualTo((int) deliveryTimeout));
        assertThat(Duration.ofMillis(consumer.getConfiguration().getMaxPollIntervalMs()))
                .isGreaterThanOrEqualTo(worstCase.poll());
        System.out.printf("Kafka pipeline: one call at worst %s, one request %s, one poll of %d %s;"
                          + " max.poll.interval.ms %d%n", worstCase.call(), worstCase.request(),
                consumer.getConfiguration().getMaxPollRecords(), worstCase.poll(),
                consumer.getConfiguration().getMaxPollIntervalMs());
    }

    /**
     * Whatever the cursor does when conversations are deleted while paging, the pipeline lists a user again until
     * nothing is left: every conversation deleted once, one audit record each, nothing dead-lettered.
     */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aUsersConversationsAreAllErasedOnceWhenTheCursorIsAnOffset() throws Exception {
        for (int i = 0; i < 250; i++) {
            fake.addConversation(Conversation.of(String.format("conv_big_%03d", i), 1_760_000_000L + i)
                    .withUser("user_big"));
        }
        fake.addConversation(Conversation.of("conv_other", 1_760_000_000L).withUser("user_other"));
        fake.useOffsetCursor();
        instance("a", 1);

        send(Map.of("user", "{\"userId\":\"user_big\"}"));
        Map<String, List<Map<String, Object>>> audited = auditRecords(
                records -> records.stream().anyMatch(r -> r.value().contains("\"outcome\":\"erased\"")));

        assertThat(fake.deletions()).hasSize(250).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
        assertThat(fake.conversationIds()).containsExactly("conv_other");
        assertThat(outcomes(audited)).hasSize(251).containsEntry("user", List.of("erased"))
                .allSatisfy((id, outcomes) -> assertThat(outcomes).hasSize(1).doesNotContain("failed"));
        assertThat(audited.get("user").get(0)).as("rounds of 100, 100 and 50, and one that found nothing")
                .containsEntry("rounds", 4).containsEntry("conversations", 250);
        assertThat(readAll(deadLetters)).isEmpty();
    }

    /**
     * A user whose conversations keep appearing is not recorded as done: after the last pass the request is
     * dead-lettered with the count left, to send again later.
     */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aUserWhoseConversationsKeepAppearingIsDeadLetteredWithTheCountLeftAfterTheLastPass() throws Exception {
        fake.listNewConversationEachTime("user_id", "user_ghost");
        instance("a", 1);

        send(Map.of("user_ghost", "{\"userId\":\"user_ghost\"}"));
        List<ConsumerRecord<String, String>> dead = read(deadLetters, records -> records.size() >= 1);
        Map<String, List<Map<String, Object>>> audited = auditRecords(
                records -> records.stream().anyMatch(r -> "user_ghost".equals(r.key())));

        assertThat(dead).singleElement().satisfies(letter -> {
            assertThat(letter.key()).isEqualTo("user_ghost");
            assertThat(letter.value()).isEqualTo("{\"userId\":\"user_ghost\"}");
            assertThat(header(letter, KafkaErasureRoute.ERROR_TYPE))
                    .isEqualTo(IncompleteErasureException.class.getName());
            assertThat(header(letter, KafkaErasureRoute.ERROR_MESSAGE))
                    .contains("1 conversation(s) still listed after 5 passes");
        });
        assertThat(audited.get("user_ghost")).singleElement().satisfies(record -> assertThat(record)
                .containsEntry("outcome", "failed").containsEntry("error", "IncompleteErasureException"));
        assertThat(audited.keySet()).filteredOn(id -> id.startsWith("conv_new_")).hasSize(5);
    }

    /**
     * The scale-out promise: 5,000 requests over 6 partitions, two instances in one group, one of them a separate JVM
     * that is killed (SIGKILL: no shutdown, no commit) halfway. Every conversation asked for ends deleted exactly once
     * on the server, every request is accounted for on the audit topic, and what the killed instance had done but not
     * committed is done again by the survivor, harmlessly, as "already gone".
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void twoInstancesInOneGroupEraseEverythingOnceWhenOneIsKilledHalfway() throws Exception {
        int conversationRequests = 4_900;
        int userRequests = 50;
        int invalidRequests = 50;
        Map<String, String> toSend = new HashMap<>();
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < conversationRequests; i++) {
            String id = String.format("conv_%05d", i);
            conversations.add(id);
            toSend.put(id, "{\"conversationId\":\"" + id + "\"}");
        }
        for (int u = 0; u < userRequests; u++) {
            String user = String.format("user_%03d", u);
            for (int c = 0; c < 2; c++) {
                String id = "conv_" + user + "_" + c;
                conversations.add(id);
                fake.addConversation(Conversation.of(id, 1_760_000_000L + c).withUser(user));
            }
            toSend.put(user, "{\"userId\":\"" + user + "\"}");
        }
        for (int b = 0; b < invalidRequests; b++) {
            toSend.put("bad_" + b, "{\"conversationId\":\"bad\\u0001" + b + "\"}");
        }
        fake.addConversations(conversations.subList(0, conversationRequests));
        fake.addConversations("conv_keep_1", "conv_keep_2");

        instance("a", 3);
        Process b = childInstance("b", 3);
        try {
            awaitGroupConsumers(6);
            long started = System.nanoTime();
            send(toSend);

            // kill b once the pipeline is halfway and b has done a share of it
            List<ConsumerRecord<String, String>> beforeKill = read(audit, records -> records.size() >= 2_500
                    && records.stream().filter(r -> r.value().contains("\"instance\":\"b\"")).count() >= 200);
            b.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            long killedAt = System.nanoTime();

            Set<String> requested = Set.copyOf(conversations);
            Set<String> expectedKeys = new HashSet<>(requested);
            for (int i = 0; i < invalidRequests; i++) {
                expectedKeys.add("bad\u0001" + i);
            }
            for (int u = 0; u < userRequests; u++) {
                expectedKeys.add(String.format("user_%03d", u));
            }
            List<ConsumerRecord<String, String>> all = read(audit, records -> records.stream()
                    .map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(expectedKeys));
            long done = System.nanoTime();
            List<ConsumerRecord<String, String>> dead = read(deadLetters, records -> records.stream()
                    .map(ConsumerRecord::key).distinct().count() >= invalidRequests);

            Map<String, List<String>> outcomesById = new TreeMap<>();
            Map<String, Long> byInstance = new TreeMap<>();
            for (ConsumerRecord<String, String> record : all) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = JSON.readValue(record.value(), Map.class);
                outcomesById.computeIfAbsent(record.key(), k -> new ArrayList<>()).add((String) fields.get("outcome"));
                byInstance.merge(String.valueOf(fields.get("instance")), 1L, Long::sum);
            }
            long deletedRecords = count(outcomesById, "deleted");
            long alreadyGone = count(outcomesById, "already-gone");
            long failed = count(outcomesById, "failed");
            long repeatedIds = outcomesById.values().stream().filter(o -> o.size() > 1).count();
            System.out.printf("Kafka erasure tally: %d requests (%d conversations, %d users, %d invalid) -> %d"
                              + " conversations deleted on the server, %d audit records (%d deleted, %d already gone"
                              + " = replays, %d failed, %d users erased), %d ids recorded more than once, %d dead"
                              + " letters; by instance"
                              + " %s; b killed after %d audit records, %.1f s in; all accounted for %.1f s after the"
                              + " kill%n",
                    toSend.size(), conversationRequests, userRequests, invalidRequests,
                    fake.deletions().values().stream().mapToInt(Integer::intValue).sum(), all.size(),
                    deletedRecords, alreadyGone, failed, count(outcomesById, "erased"), repeatedIds, dead.size(),
                    byInstance, beforeKill.size(),
                    (killedAt - started) / 1e9, (done - killedAt) / 1e9);

            // the server: every conversation asked for deleted exactly once, nothing else touched
            assertThat(fake.deletions()).hasSize(requested.size()).allSatisfy((id, times) -> {
                assertThat(requested).contains(id);
                assertThat(times).as(id).isEqualTo(1);
            });
            assertThat(fake.conversationIds()).containsExactlyInAnyOrder("conv_keep_1", "conv_keep_2");
            // the audit topic: every conversation, each deleted at most once and otherwise found already gone
            assertThat(outcomesById.keySet()).containsAll(requested);
            for (String id : requested) {
                List<String> outcomes = outcomesById.get(id);
                assertThat(outcomes).as(id).doesNotContain("failed");
                assertThat(outcomes.stream().filter("deleted"::equals).count()).as(id).isLessThanOrEqualTo(1);
            }
            // the invalid requests: failed and dead-lettered, every one, with the reason
            for (int i = 0; i < invalidRequests; i++) {
                String key = "bad\u0001" + i;
                assertThat(outcomesById.get(key)).as(key).isNotEmpty().containsOnly("failed");
            }
            for (int u = 0; u < userRequests; u++) {
                String user = String.format("user_%03d", u);
                assertThat(outcomesById.get(user)).as(user).contains("erased").doesNotContain("failed");
            }
            assertThat(dead).allSatisfy(record -> assertThat(header(record, KafkaErasureRoute.ERROR_TYPE))
                    .isEqualTo("io.github.camelelevenlabs.InvalidConversationIdException"));
            assertThat(byInstance.get("b")).as("b did its share before it was killed").isGreaterThanOrEqualTo(200);
            assertThat(byInstance.get("a")).isGreaterThan(byInstance.get("b"));
        } finally {
            b.destroyForcibly();
        }
    }

    @Test
    void anInstanceStoppedCleanlyHandsOverItsPartitionsWithNothingDoneTwice() throws Exception {
        Map<String, String> toSend = new HashMap<>();
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String id = String.format("conv_clean_%04d", i);
            conversations.add(id);
            toSend.put(id, "{\"conversationId\":\"" + id + "\"}");
        }
        fake.addConversations(conversations);
        instance("a", 3);
        CamelContext b = instance("b", 3);
        awaitGroupConsumers(6);

        send(toSend);
        read(audit, records -> records.stream().filter(r -> r.value().contains("\"instance\":\"b\"")).count()
                               >= 100);
        b.stop();
        List<ConsumerRecord<String, String>> all = read(audit, records -> records.stream()
                .map(ConsumerRecord::key).distinct().count() >= conversations.size());

        Map<String, Long> recordsPerId = all.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        System.out.printf("Clean stop: %d audit records for %d conversations, %d by b before it stopped%n",
                all.size(), conversations.size(),
                all.stream().filter(r -> r.value().contains("\"instance\":\"b\"")).count());
        assertThat(fake.deletions()).hasSize(conversations.size()).allSatisfy((id, times) ->
                assertThat(times).as(id).isEqualTo(1));
        assertThat(recordsPerId).as("no request done twice").allSatisfy((id, count) ->
                assertThat(count).as(id).isEqualTo(1L));
        assertThat(all).noneMatch(r -> r.value().contains("already-gone"));
    }

    private static long count(Map<String, List<String>> outcomesById, String outcome) {
        return outcomesById.values().stream().flatMap(List::stream).filter(outcome::equals).count();
    }

    /**
     * Starts {@link KafkaErasureApp} in its own JVM as the example's README runs it: the key in the environment, the
     * rest by system properties.
     */
    private Process childInstance(String name, int consumers) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        properties(name, consumers).forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dcamel.component.elevenlabs.base-url=" + fake.baseUrl());
        command.add(KafkaErasureApp.class.getName());
        File log = work.resolve("instance-" + name + ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        // the key as README gives it: in the environment, which the component reads by itself
        builder.environment().put("ELEVENLABS_API_KEY", FakeElevenLabs.API_KEY);
        Process process = builder.start();
        childLogs.add(log.toPath());
        return process;
    }

    /** Waits until the group has this many consumers, each with a partition, so that the work is shared. */
    private void awaitGroupConsumers(int consumers) throws Exception {
        String group = "erasure-" + requests;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Admin admin = broker.admin()) {
            while (true) {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                        .get(10, TimeUnit.SECONDS).get(group);
                long assigned = description.members().stream()
                        .filter(member -> !member.assignment().topicPartitions().isEmpty()).count();
                if (assigned >= consumers) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the group has " + assigned + " consumers with partitions after 60 s,"
                                             + " not " + consumers + "; child log:\n" + childLogTail());
                }
                Thread.sleep(200);
            }
        }
    }

    private String childLogTail() throws Exception {
        StringBuilder tail = new StringBuilder();
        for (Path log : childLogs) {
            List<String> lines = Files.readAllLines(log);
            tail.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        }
        return tail.toString();
    }

    private CamelContext instance(String name, int consumers) throws Exception {
        return instance(name, consumers, configuration -> { });
    }

    private CamelContext instance(String name, int consumers,
            java.util.function.Consumer<ElevenLabsConfiguration> elevenlabs) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties(name, consumers));
        // the component as a deployment configures it once for every route, here for the fake
        ElevenLabsComponent component = new ElevenLabsComponent();
        component.setApiKey(FakeElevenLabs.API_KEY);
        component.getConfiguration().setBaseUrl(fake.baseUrl());
        elevenlabs.accept(component.getConfiguration());
        context.addComponent("elevenlabs", component);
        context.addRoutes(new KafkaErasureRoute());
        instances.add(context);
        context.start();
        return context;
    }

    /** The properties an instance runs with, as a deployment would set them. */
    private Properties properties(String name, int consumers) {
        Properties properties = new Properties();
        properties.put("kafka.brokers", broker.bootstrapServers());
        properties.put("erasure.requests-topic", requests);
        properties.put("erasure.audit-topic", audit);
        properties.put("erasure.dead-letter-topic", deadLetters);
        properties.put("erasure.group-id", "erasure-" + requests);
        properties.put("erasure.instance", name);
        properties.put("erasure.consumers", String.valueOf(consumers));
        // a killed instance's partitions move within seconds
        properties.put("erasure.session-timeout-ms", "6000");
        properties.put("erasure.heartbeat-interval-ms", "1000");
        return properties;
    }

    private void send(Map<String, String> keyedRequests) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new StringSerializer())) {
            for (Map.Entry<String, String> request : keyedRequests.entrySet()) {
                producer.send(new ProducerRecord<>(requests, request.getKey(), request.getValue()));
            }
            producer.flush();
        }
    }

    /** @return the audit records read so far by conversation id, once {@code enough} holds for all records read */
    private Map<String, List<Map<String, Object>>> auditRecords(
            Predicate<List<ConsumerRecord<String, String>>> enough) throws Exception {
        Map<String, List<Map<String, Object>>> byConversation = new TreeMap<>();
        for (ConsumerRecord<String, String> record : read(audit, enough)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = JSON.readValue(record.value(), Map.class);
            String id = fields.get("conversationId") != null ? (String) fields.get("conversationId") : record.key();
            byConversation.computeIfAbsent(id, k -> new ArrayList<>()).add(fields);
        }
        return byConversation;
    }

    private static Map<String, List<Object>> outcomes(Map<String, List<Map<String, Object>>> audited) {
        Map<String, List<Object>> outcomes = new TreeMap<>();
        audited.forEach((id, records) -> outcomes.put(id,
                records.stream().map(r -> r.get("outcome")).collect(Collectors.toList())));
        return outcomes;
    }

    /** Reads a topic from its start until {@code enough} holds, for at most 60 s. */
    static List<ConsumerRecord<String, String>> read(String topic,
            Predicate<List<ConsumerRecord<String, String>>> enough) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!enough.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertThat(enough).as("enough records on " + topic + " within 60 s; read " + records.size())
                .accepts(records);
        return records;
    }

    /** @return every record on the topic now, up to its end offsets */
    static List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                   && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
