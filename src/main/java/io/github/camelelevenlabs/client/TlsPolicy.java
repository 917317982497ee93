package io.github.camelelevenlabs.client;

import javax.net.ssl.SSLParameters;

import org.apache.hc.core5.http.ssl.TLS;
import org.apache.hc.core5.http.ssl.TlsCiphers;

/**
 * How both transports speak TLS to ElevenLabs, in one place: the server's certificate must name the host (HttpCore's
 * TLS setup checks no host name by itself; the JDK does when asked to), TLS 1.2 or newer only, and no weak cipher
 * suite.
 */
public final class TlsPolicy {

    private TlsPolicy() {
    }

    /** Applies the policy to a connection's parameters, which the caller then sets on its engine or socket. */
    static void apply(SSLParameters parameters) {
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setProtocols(TLS.excludeWeak(parameters.getProtocols()));
        parameters.setCipherSuites(TlsCiphers.excludeWeak(parameters.getCipherSuites()));
    }
}
