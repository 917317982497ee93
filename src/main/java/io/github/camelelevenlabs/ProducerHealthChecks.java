package io.github.camelelevenlabs;

import java.util.HashMap;
import java.util.Map;

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
    private final Map<String, ElevenLabsProducerHealthCheck> checks = new HashMap<>();
    private final Map<String, Integer> endpoints = new HashMap<>();

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
        if (endpoints.merge(id, 1, Integer::sum) == 1) {
            ElevenLabsProducerHealthCheck check = new ElevenLabsProducerHealthCheck(id, endpoint, System::nanoTime);
            check.setEnabled(component.isHealthCheckProducerEnabled());
            checks.put(id, check);
            repository.addHealthCheck(check);
        }
        return id;
    }

    /** An endpoint stopped: its check goes when no other endpoint uses it. */
    synchronized void release(CamelContext camelContext, String id) {
        if (id == null || !endpoints.containsKey(id)) {
            return;
        }
        if (endpoints.merge(id, -1, Integer::sum) == 0) {
            endpoints.remove(id);
            WritableHealthCheckRepository repository = repository(camelContext);
            ElevenLabsProducerHealthCheck check = checks.remove(id);
            if (repository != null) {
                repository.removeHealthCheck(check);
            }
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
