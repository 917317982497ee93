package io.github.camelelevenlabs;

import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls go over TLS checked as a browser checks it, on both transports: the certificate must chain to the JVM's trust
 * store and name the host of the URL. A server or proxy that cannot prove it is that host gets nothing, not even the
 * key.
 */
class TlsVerificationTest extends FakeElevenLabsTestSupport {

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aServerWhoseCertificateTheJvmDoesNotTrustGetsNoRequest(Transport transport) throws Exception {
        Exchange exchange = deleteVia(camel(), overTls(transport), "conv_a");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class)
                .as("the same words on both transports: nothing was sent").hasMessageContaining("could not connect");
        assertThat(rootCauseMessage(exchange)).contains("unable to find valid certification path");
        assertThat(fake.deleteRequests()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aTrustedCertificateThatNamesAnotherHostGetsNoRequest(Transport transport) throws Exception {
        SSLContext jvmDefault = SSLContext.getDefault();
        // the fake's certificate, trusted; it names no host (WireMock's own, issued to "Tom Akehurst")
        SSLContext.setDefault(trusting(fakeCertificate()));
        try {
            Exchange exchange = deleteVia(camel(), overTls(transport), "conv_a");

            assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class)
                    .hasMessageContaining("could not connect");
            assertThat(rootCauseMessage(exchange)).contains("No name matching localhost found");
            assertThat(fake.deleteRequests()).isZero();
        } finally {
            SSLContext.setDefault(jvmDefault);
        }
    }

    private static String overTls(Transport transport) {
        return at(fake.httpsBaseUrl("localhost"), "delete", transport.with());
    }

    private static String rootCauseMessage(Exchange exchange) {
        Throwable cause = exchange.getException();
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    /** Reads the fake's certificate with a context that trusts anything: for this test's trust store only. */
    private static Certificate fakeCertificate() throws Exception {
        SSLContext anything = SSLContext.getInstance("TLS");
        anything.init(null, new TrustManager[] { new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // not asked of a client
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // only to read the certificate
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        } }, null);
        java.net.URI url = java.net.URI.create(fake.httpsBaseUrl("localhost"));
        try (SSLSocket socket = (SSLSocket) anything.getSocketFactory().createSocket(url.getHost(), url.getPort())) {
            socket.startHandshake();
            return socket.getSession().getPeerCertificates()[0];
        }
    }

    private static SSLContext trusting(Certificate certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("fake", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
