package io.github.camelelevenlabs;

import io.github.camelelevenlabs.client.ApiBaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaseUrlTest extends FakeElevenLabsTestSupport {

    @ParameterizedTest
    @CsvSource({
            "https://proxy.example.com,           https://proxy.example.com",
            "https://proxy.example.com/,          https://proxy.example.com",
            "https://proxy.example.com:8443/el/,  https://proxy.example.com:8443/el",
            "HTTPS://Proxy.Example.com,           https://Proxy.Example.com",
            "http://localhost:8080,               http://localhost:8080",
            "http://LOCALHOST,                    http://LOCALHOST",
            "http://127.0.0.1:9000,               http://127.0.0.1:9000",
            "http://127.255.0.9,                  http://127.255.0.9",
            "http://[::1]:9000,                   http://[::1]:9000" })
    void httpsAnywhereAndHttpOnLoopbackAreAccepted(String baseUrl, String resolved) {
        assertThat(ApiBaseUrl.resolve(ElevenLabsRegion.EU, baseUrl).toString()).isEqualTo(resolved);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://api.elevenlabs.io", "http://10.0.0.1", "http://192.168.1.10:8080",
                             "http://localhost.example.com", "http://127.0.0.1.nip.io", "http://[::2]",
                             "http://0.0.0.0" })
    void plainHttpToAnyOtherHostIsRefusedBecauseItWouldExposeTheKey(String baseUrl) {
        assertThatThrownBy(() -> ApiBaseUrl.resolve(ElevenLabsRegion.DEFAULT, baseUrl))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain http")
                .hasMessageContaining("loopback");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://proxy.example.com|must use https",
            "ws://localhost|must use https",
            "/relative/path|absolute URL with a host",
            "https://|not a valid URL",
            "https://proxy.example.com?x=1|query or a fragment",
            "https://proxy.example.com#frag|query or a fragment",
            "https://user:hunter2@proxy.example.com|contains credentials" })
    void otherMalformedBaseUrlsAreRefusedWithTheReason(String baseUrl, String reason) {
        assertThatThrownBy(() -> ApiBaseUrl.resolve(ElevenLabsRegion.DEFAULT, baseUrl))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void withoutABaseUrlTheRegionsUrlIsUsed() {
        assertThat(ApiBaseUrl.resolve(ElevenLabsRegion.SG, null).toString())
                .isEqualTo("https://api.sg.residency.elevenlabs.io");
        assertThat(ApiBaseUrl.resolve(ElevenLabsRegion.US, " ").toString()).isEqualTo("https://api.us.elevenlabs.io");
    }

    @Test
    void aRouteWithAnHttpBaseUrlToARemoteHostFailsToStartSayingWhy() {
        assertThatThrownBy(() -> camel(routeTo(
                "elevenlabs:conversations?operation=delete&baseUrl=http://proxy.example.com"))).rootCause().hasMessageContaining("plain http, which would send the API key unencrypted");
    }

    @Test
    void aBaseUrlWithAPathPrefixIsKeptInFrontOfTheApiPath() throws Exception {
        fake.addConversations("conv_a");
        fake.stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .delete("/proxy/v1/convai/conversations/conv_a").atPriority(1)
                .willReturn(json(200, "{}")));

        var exchange = deleteVia(camel(),
                "elevenlabs:conversations?operation=delete&baseUrl=" + fake.baseUrl() + "/proxy/", "conv_a");

        assertThat(exchange.getException()).isNull();
        assertThat(fake.requests().get(0).rawPath()).isEqualTo("/proxy/v1/convai/conversations/conv_a");
    }
}
