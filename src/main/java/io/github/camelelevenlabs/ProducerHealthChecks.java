package io.github.camelelevenlabs;

import java.util.HashMap;
import java.util.Map;

import io.github.camelelevenlabs.client.ApiKey;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * The component's producer health checks: one per ElevenLabs host and key, however many endpoints use them, so that
 * endpoints created per message ({@code toD}) neither multiply the probes sent to the account nor put conversation
 * ids in check ids. Registered in Camel's "producers" repository, which runs them only when
 * {@code camel.health.producers-enabled=true}.
 */
final class ProducerHealthChecks {

    private final ElevenLabsComponent component;
    private final Map<String, Registration> registrations = new HashMap<>();

    /** A registered check and how many endpoints use it. */
    private static final class Registration {
        final ElevenLabsProducerHealthCheck check;
        int endpoints;

        Registration(ElevenLabsProducerHealthCheck check) {
            this.check = check;
        }
    }

    ProducerHealthChecks(ElevenLabsComponent component) {
        this.component = component;
    }

    /** @return the id of the endpoint's check, to hand back to {@link #release}; null when Camel has no health */
    synchronized String register(ElevenLabsEndpoint endpoint) {
        WritableHealthCheckRepository repository = repository(endpoint.getCamelContext());
        if (repository == null) {
            return null;
        }
        String id = idOf(endpoint);
        Registration registration = registrations.computeIfAbsent(id, first -> {
            ElevenLabsProducerHealthCheck check = new ElevenLabsProducerHealthCheck(first, endpoint, System::nanoTime);
            check.setEnabled(component.isHealthCheckProducerEnabled());
            repository.addHealthCheck(check);
            return new Registration(check);
        });
        registration.endpoints++;
        return id;
    }

    /** An endpoint stopped: its check goes when no other endpoint uses it. */
    synchronized void release(CamelContext camelContext, String id) {
        Registration registration = id == null ? null : registrations.get(id);
        if (registration == null || --registration.endpoints > 0) {
            return;
        }
        registrations.remove(id);
        WritableHealthCheckRepository repository = repository(camelContext);
        if (repository != null) {
            repository.removeHealthCheck(registration.check);
        }
    }

    /** @return {@code producer:elevenlabs:<base URL>:<key fingerprint>}: which account, never the key */
    static String idOf(ElevenLabsEndpoint endpoint) {
        String key;
        try {
            key = ApiKey.fingerprint(endpoint.resolveApiKey().value());
        } catch (IllegalArgumentException noUsableKey) {
            key = "no-key";
        }
        return "producer:elevenlabs:" + endpoint.getServiceUrl() + ":" + key;
    }

    private static WritableHealthCheckRepository repository(CamelContext camelContext) {
        return HealthCheckHelper.getHealthCheckRepository(camelContext, "producers",
                WritableHealthCheckRepository.class);
    }
}
