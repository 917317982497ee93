package io.github.camelelevenlabs.examples.springboot;

import io.github.camelelevenlabs.examples.FileErasureRoute;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The erasure route as a Spring Boot application: each line of a {@code .txt} file dropped in {@code erasure.inbox}
 * names a conversation to delete, and every one is audited in {@code erasure.audit} (see {@link FileErasureRoute}).
 * The elevenlabs component is configured once, in {@code application.properties} and the environment
 * ({@code camel.component.elevenlabs.api-key}, {@code region}, retries): the route names no key and no host.
 */
@SpringBootApplication
public class ErasureApplication {

    /** Runs until stopped. */
    public static void main(String[] args) {
        SpringApplication.run(ErasureApplication.class, args);
    }

    /** Camel Spring Boot starts every RouteBuilder bean. */
    @Bean
    RouteBuilder fileErasureRoute() {
        return new FileErasureRoute();
    }
}
