package io.github.camelelevenlabs;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only what the component decides goes on the wire: message headers cannot add to or change the request. */
class RequestIsolationTest extends FakeElevenLabsTestSupport {

    @Test
    void noMessageHeaderReachesTheRequestAndCamelHttpHeadersChangeNothing() throws Exception {
        fake.addConversations("conv_a");
        CamelContext context = camel();

        Exchange exchange = context.createProducerTemplate().send(deleteOnFake(), e -> {
            var message = e.getMessage();
            message.setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_a");
            message.setHeaders(new java.util.HashMap<>(Map.of(
                    ElevenLabsConstants.CONVERSATION_ID, "conv_a",
                    "xi-api-key", "sk_fake_from_a_header",
                    "Authorization", "Bearer from-a-header",
                    "X-Upstream-Trace", "abc",
                    Exchange.HTTP_METHOD, "GET",
                    Exchange.HTTP_URI, "http://127.0.0.1:1/elsewhere",
                    Exchange.HTTP_PATH, "/v1/convai/conversations/conv_other",
                    Exchange.HTTP_QUERY, "force=true",
                    Exchange.CONTENT_TYPE, "text/plain")));
            message.setBody("a body that is not sent");
        });

        assertThat(exchange.getException()).isNull();
        var request = fake.requests().get(0);
        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.rawPath()).isEqualTo("/v1/convai/conversations/conv_a");
        Set<String> sent = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        sent.addAll(request.headers().keySet());
        assertThat(sent).containsExactlyInAnyOrder("Host", "xi-api-key", "Accept", "User-Agent");
        assertThat(request.headers()).containsEntry("xi-api-key", KEY);
    }

    @Test
    void theComponentDefinesNoHeaderThatChoosesTheOperation() throws Exception {
        var headers = ComponentMetadata.json().<Map<String, Object>>getMap("headers");

        assertThat(headers.keySet()).contains(ElevenLabsConstants.CONVERSATION_ID)
                .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("operation"));
    }
}
