package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The two ways the component calls ElevenLabs: by default without holding a thread, and with {@code synchronous=true}
 * on the calling thread. What users rely on of a call (its deadlines, failures, retries and stop) holds on both.
 */
enum Transport {

    NON_BLOCKING,
    SYNCHRONOUS;

    /** @return the endpoint options with the one that selects this transport */
    String[] with(String... options) {
        List<String> all = new ArrayList<>(Arrays.asList(options));
        if (this == SYNCHRONOUS) {
            all.add("synchronous=true");
        }
        return all.toArray(new String[0]);
    }
}
