package io.github.camelelevenlabs;

import java.nio.file.Path;

import io.github.camelelevenlabs.fake.FakeCertificate;
import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS configured as Camel configures it everywhere (sslContextParameters on the endpoint or the component, or Camel's
 * global ones), on both transports, against the fake serving a certificate for localhost: trusted through the settings,
 * the call goes through; with a trust store that does not hold it, nothing is sent.
 */
class TlsTheCamelWayTest extends FakeElevenLabsTestSupport {

    private static FakeElevenLabs overTls;

    @BeforeAll
    static void startTheFakeWithACertificateForLocalhost() {
        overTls = new FakeElevenLabs(true).start();
    }

    @AfterAll
    static void stopIt() {
        overTls.close();
    }

    private static SSLContextParameters trusting(Path trustStore, String password) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + trustStore);
        store.setPassword(password);
        store.setType(trustStore.toString().endsWith(".p12") ? "PKCS12" : null);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    private static SSLContextParameters trustingTheFake() {
        return trusting(FakeCertificate.trustStore(), FakeCertificate.PASSWORD);
    }

    private static String deleteOverTls(Transport transport, String... options) {
        return at(overTls.httpsBaseUrl("localhost"), "delete", transport.with(options));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void anEndpointsSslContextParametersThatTrustTheServerLetTheCallThrough(Transport transport) throws Exception {
        overTls.addConversations("conv_a");
        CamelContext context = camel(KEY, c -> c.getRegistry().bind("fakeTrust", trustingTheFake()));

        Exchange exchange = deleteVia(context, deleteOverTls(transport, "sslContextParameters=#fakeTrust"), "conv_a");

        assertThat(exchange.getException()).isNull();
        assertThat(overTls.hasConversation("conv_a")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aTrustStoreWithoutTheServersCertificateGetsNoRequestThrough(Transport transport) throws Exception {
        overTls.addConversations("conv_b");
        Path jvmTrustStore = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        CamelContext context = camel(KEY, c -> c.getRegistry().bind("otherTrust", trusting(jvmTrustStore, "changeit")));
        long requestsBefore = overTls.deleteRequests();

        Exchange exchange = deleteVia(context, deleteOverTls(transport, "sslContextParameters=#otherTrust"), "conv_b");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class);
        assertThat(overTls.hasConversation("conv_b")).isTrue();
        assertThat(overTls.deleteRequests()).as("nothing sent").isEqualTo(requestsBefore);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theComponentsSslContextParametersReachEveryEndpoint(Transport transport) throws Exception {
        overTls.addConversations("conv_c");
        CamelContext context = camel(KEY, c -> c.getComponent("elevenlabs", ElevenLabsComponent.class)
                .getConfiguration().setSslContextParameters(trustingTheFake()));

        Exchange exchange = deleteVia(context, deleteOverTls(transport), "conv_c");

        assertThat(exchange.getException()).isNull();
        assertThat(overTls.hasConversation("conv_c")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void withUseGlobalSslContextParametersTheCamelContextsOnesAreUsed(Transport transport) throws Exception {
        overTls.addConversations("conv_d");
        CamelContext context = camel(KEY, c -> {
            c.setSSLContextParameters(trustingTheFake());
            c.getComponent("elevenlabs", ElevenLabsComponent.class).setUseGlobalSslContextParameters(true);
        });

        Exchange exchange = deleteVia(context, deleteOverTls(transport), "conv_d");

        assertThat(exchange.getException()).isNull();
        assertThat(overTls.hasConversation("conv_d")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void withoutUseGlobalSslContextParametersTheJvmsTrustIsUsedAndTheFakeIsNotTrusted(Transport transport)
            throws Exception {
        overTls.addConversations("conv_e");
        CamelContext context = camel(KEY, c -> c.setSSLContextParameters(trustingTheFake()));

        Exchange exchange = deleteVia(context, deleteOverTls(transport), "conv_e");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class);
        assertThat(overTls.hasConversation("conv_e")).isTrue();
    }
}
