package io.github.camelelevenlabs;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * The options of an {@code elevenlabs:} endpoint. Its {@link #toString()} never shows the API key.
 */
@UriParams
public class ElevenLabsConfiguration {

    @UriPath(enums = "conversations", description = "The ElevenLabs resource the endpoint acts on.")
    @Metadata(required = true)
    private String resource;

    @UriParam(description = "What the endpoint does. It is fixed by the URI: no message header can change it.")
    @Metadata(required = true)
    private ElevenLabsOperation operation;

    @UriParam(defaultValue = "default",
              description = "The ElevenLabs stack to call: default (api.elevenlabs.io), us, eu, in or sg (the"
                            + " data-residency stacks). Keys are issued per stack.")
    private ElevenLabsRegion region = ElevenLabsRegion.DEFAULT;

    @UriParam(label = "advanced",
              description = "Overrides the region's base URL, for a proxy or a test server. Must be https, except for a"
                            + " loopback host (localhost, 127.0.0.0/8, ::1), and must not contain credentials, a query or"
                            + " a fragment.")
    private String baseUrl;

    @UriParam(label = "security", secret = true,
              description = "The ElevenLabs API key, sent as the xi-api-key header. The endpoint's key wins over the"
                            + " component's; without either, the ELEVENLABS_API_KEY environment variable is used.")
    private String apiKey;

    @UriParam(description = "The conversation id to use when the message has no CamelElevenLabsConversationId header.")
    private String conversationId;

    @UriParam(label = "timeout", defaultValue = "10s", javaType = "java.time.Duration",
              description = "How long to wait for a connection to ElevenLabs to be established.")
    private long connectTimeout = 10_000;

    @UriParam(label = "timeout", defaultValue = "60s", javaType = "java.time.Duration",
              description = "The overall deadline of one call, from sending the request to the last byte of the"
                            + " answer. A server that is slow to answer or dribbles its body fails the exchange with an"
                            + " ElevenLabsTransportException when it passes.")
    private long requestTimeout = 60_000;

    public String getResource() {
        return resource;
    }

    /**
     * The ElevenLabs resource the endpoint acts on: {@code conversations}.
     */
    public void setResource(String resource) {
        this.resource = resource;
    }

    public ElevenLabsOperation getOperation() {
        return operation;
    }

    /**
     * What the endpoint does. It is fixed by the URI: no message header can change it.
     */
    public void setOperation(ElevenLabsOperation operation) {
        this.operation = operation;
    }

    public ElevenLabsRegion getRegion() {
        return region;
    }

    /**
     * The ElevenLabs stack to call. Keys are issued per stack.
     */
    public void setRegion(ElevenLabsRegion region) {
        this.region = region;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * Overrides the region's base URL, for a proxy or a test server. Must be https, except for a loopback host.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The ElevenLabs API key, sent as the {@code xi-api-key} header. The endpoint's key wins over the component's;
     * without either, the {@code ELEVENLABS_API_KEY} environment variable is used.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getConversationId() {
        return conversationId;
    }

    /**
     * The conversation id to use when the message has no {@code CamelElevenLabsConversationId} header.
     */
    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * How long to wait for a connection to be established, in milliseconds.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * The overall deadline of one call in milliseconds, from sending the request to the last byte of the answer.
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    /**
     * Describes the configuration for logs and consoles. The API key is shown only as present or absent.
     */
    @Override
    public String toString() {
        return "ElevenLabsConfiguration[resource=" + resource + ", operation=" + operation + ", region=" + region
               + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "<not set>" : "<set, hidden>")
               + ", conversationId=" + conversationId + ", connectTimeout=" + connectTimeout + "ms, requestTimeout="
               + requestTimeout + "ms]";
    }
}
