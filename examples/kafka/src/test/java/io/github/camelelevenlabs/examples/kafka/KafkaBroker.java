package io.github.camelelevenlabs.examples.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Kafka broker in the test's JVM: the server jars of the client version camel-kafka uses, in KRaft mode (one
 * node that is broker and controller), on loopback ports, its data in a folder the test owns. Nothing to install.
 */
public final class KafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /** Formats the storage in {@code folder} and starts the broker; returns when it accepts clients. */
    public static KafkaBroker start(Path folder) throws Exception {
        int brokerPort = freePort();
        int controllerPort = freePort();
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", folder.resolve("data").toString());
        // one node: nothing can be replicated, and a rebalance need not wait for more members
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        // lets the tests detect a killed consumer within seconds rather than the default 45
        config.put("group.min.session.timeout.ms", "1000");
        config.put("auto.create.topics.enable", "false");

        Path file = folder.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            config.store(out, "in-process test broker");
        }
        ByteArrayOutputStream formatOutput = new ByteArrayOutputStream();
        int formatted = StorageTool.execute(new String[] {
                "format", "-t", Uuid.randomUuid().toString(), "-c", file.toString(), "--ignore-formatted" },
                new PrintStream(formatOutput, true, StandardCharsets.UTF_8));
        if (formatted != 0) {
            throw new IllegalStateException("Formatting the Kafka storage failed: " + formatOutput);
        }
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        server.startup();
        KafkaBroker broker = new KafkaBroker(server, "127.0.0.1:" + brokerPort);
        try (Admin admin = broker.admin()) {
            // returns once the broker answers
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        }
        return broker;
    }

    /** @return the {@code bootstrap.servers} value */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates topics, each with the given number of partitions, and waits until they exist. */
    public void createTopics(int partitions, String... names) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(names).stream().map(name -> new NewTopic(name, partitions, (short) 1))
                    .toList()).all().get(60, TimeUnit.SECONDS);
        }
    }

    /** @return an admin client; close it */
    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
