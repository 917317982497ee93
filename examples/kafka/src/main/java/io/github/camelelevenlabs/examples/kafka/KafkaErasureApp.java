package io.github.camelelevenlabs.examples.kafka;

import org.apache.camel.main.Main;

/**
 * Runs {@link KafkaErasureRoute} as an application (Camel Main): start as many as the requests topic has partitions,
 * each with its own {@code erasure.instance} name and the same group. Configured by properties, as system properties
 * or environment variables: {@code kafka.brokers}, {@code camel.component.elevenlabs.api-key} (or
 * {@code ELEVENLABS_API_KEY}), {@code camel.component.elevenlabs.region}, and the topics and group of the route.
 */
public final class KafkaErasureApp {

    private KafkaErasureApp() {
    }

    /** Runs until stopped. */
    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.configure().addRoutesBuilder(new KafkaErasureRoute());
        main.run(args);
    }
}
