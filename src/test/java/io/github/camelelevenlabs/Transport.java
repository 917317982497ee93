package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The two ways the component calls ElevenLabs: by default on the calling thread ({@code synchronous=true}), and with
 * {@code synchronous=false} without holding a thread. What users rely on of a call (its deadlines, failures, retries
 * and stop) holds on both.
 */
enum Transport {

    NON_BLOCKING,
    SYNCHRONOUS;

    /** @return the endpoint options with the one that selects this transport */
    String[] with(String... options) {
        List<String> all = new ArrayList<>(Arrays.asList(options));
        all.add(this == SYNCHRONOUS ? "synchronous=true" : "synchronous=false");
        return all.toArray(new String[0]);
    }
}
