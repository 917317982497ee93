package io.github.camelelevenlabs.client;

import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both transports speak TLS the same way: host names checked, TLS 1.2 or newer, no weak cipher suite. */
class TlsPolicyTest {

    @Test
    void onlyTls12OrNewerAndNoWeakCipherSuiteIsOfferedAndTheHostNameIsChecked() throws Exception {
        SSLParameters parameters = SSLContext.getDefault().getSupportedSSLParameters();
        parameters.setProtocols(new String[] { "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3" });

        TlsPolicy.apply(parameters);

        assertThat(parameters.getProtocols()).containsExactlyInAnyOrder("TLSv1.2", "TLSv1.3");
        assertThat(parameters.getCipherSuites()).isNotEmpty().noneMatch(suite -> List.of("_NULL_", "_anon_", "_EXPORT_",
                "_RC4_", "_DES_", "_MD5").stream().anyMatch(suite::contains));
        assertThat(parameters.getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
    }
}
