package io.github.camelelevenlabs;

import java.util.Locale;

/**
 * The ElevenLabs stack an endpoint talks to. Data-residency stacks are separate workspaces with their own API keys: a
 * key issued on one stack is rejected by the others.
 */
public enum ElevenLabsRegion {

    /** The global stack, {@code https://api.elevenlabs.io}. */
    DEFAULT("https://api.elevenlabs.io"),
    /** The United States stack, {@code https://api.us.elevenlabs.io}. */
    US("https://api.us.elevenlabs.io"),
    /** The European Union data-residency stack, {@code https://api.eu.residency.elevenlabs.io}. */
    EU("https://api.eu.residency.elevenlabs.io"),
    /** The India data-residency stack, {@code https://api.in.residency.elevenlabs.io}. */
    IN("https://api.in.residency.elevenlabs.io"),
    /** The Singapore data-residency stack, {@code https://api.sg.residency.elevenlabs.io}. */
    SG("https://api.sg.residency.elevenlabs.io");

    private final String baseUrl;

    ElevenLabsRegion(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * @return the HTTPS base URL of this region's API, without a trailing slash
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * @return the name used in endpoint URIs: {@code default}, {@code us}, {@code eu}, {@code in} or {@code sg}
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
