package io.github.camelelevenlabs;

import java.time.Duration;
import java.util.Map;

import io.github.camelelevenlabs.client.ApiBaseUrl;
import io.github.camelelevenlabs.client.ApiKey;
import io.github.camelelevenlabs.client.ConcurrencyLimit;
import io.github.camelelevenlabs.client.RetryPolicy;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.URISupport;
import org.apache.camel.support.SynchronousDelegateProducer;

/**
 * Calls the ElevenLabs Agents (Conversational AI) API, such as deleting a conversation's transcript, audio and
 * metadata.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = ElevenLabsConstants.SCHEME, title = "ElevenLabs",
             syntax = "elevenlabs:resource", producerOnly = true, category = { Category.AI },
             headersClass = ElevenLabsConstants.class)
public class ElevenLabsEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriPath(enums = "conversations", description = "The ElevenLabs resource the endpoint acts on.")
    @Metadata(required = true)
    private String resource;

    @UriParam(description = "What the endpoint does. It is fixed by the URI: no message header can change it.")
    @Metadata(required = true)
    private ElevenLabsOperation operation;

    @UriParam(description = "The conversation id to use when the message has no CamelElevenLabsConversationId header.")
    private String conversationId;

    @UriParam(label = "list", description = "operation=list: only conversations of this agent.")
    private String agentId;

    @UriParam(label = "list", description = "operation=list: only conversations with this end user (the user_id the"
                                            + " agent was given).")
    private String userId;

    @UriParam(label = "list", description = "operation=list: only conversations that started before this Unix time,"
                                            + " in seconds.")
    private Long callStartBeforeUnix;

    @UriParam(label = "list", description = "operation=list: only conversations that started after this Unix time,"
                                            + " in seconds.")
    private Long callStartAfterUnix;

    @UriParam(label = "list", enums = "success,failure,unknown",
              description = "operation=list: only conversations whose call was judged success, failure or unknown.")
    private String callSuccessful;

    @UriParam(label = "list", description = "operation=list: only conversations matching this text.")
    private String search;

    @UriParam(label = "list", defaultValue = "0",
              description = "operation=list: the most conversations to return in all; 0 for all that match.")
    private long maxResults;

    // an endpoint option only: on the component it would widen every listing
    @UriParam(label = "list", defaultValue = "false",
              description = "operation=list: whether the endpoint may list without any filter (agentId, userId,"
                            + " callStartBeforeUnix, callStartAfterUnix, callSuccessful, search or their headers),"
                            + " that is every conversation of the account. Without it such a listing fails with"
                            + " InvalidListFilterException before anything is sent, since a listing often feeds"
                            + " deletes. pageSize is not a filter.")
    private boolean unfiltered;

    @UriParam
    private final ElevenLabsConfiguration configuration;

    private volatile ApiBaseUrl apiBaseUrl;
    private String healthCheckId;
    private volatile ConcurrencyLimit ceiling;

    /**
     * @param uri           the endpoint URI
     * @param component     the component that created it
     * @param configuration its options
     */
    public ElevenLabsEndpoint(String uri, ElevenLabsComponent component, ElevenLabsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public ElevenLabsComponent getComponent() {
        return (ElevenLabsComponent) super.getComponent();
    }

    /**
     * @return the endpoint's options
     */
    public ElevenLabsConfiguration getConfiguration() {
        return configuration;
    }

    public String getResource() {
        return resource;
    }

    /** Sets the {@code resource} option (described on the field). */
    public void setResource(String resource) {
        this.resource = resource;
    }

    public ElevenLabsOperation getOperation() {
        return operation;
    }

    /** Sets the {@code operation} option (described on the field). */
    public void setOperation(ElevenLabsOperation operation) {
        this.operation = operation;
    }

    public String getConversationId() {
        return conversationId;
    }

    /** Sets the {@code conversationId} option (described on the field). */
    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public String getAgentId() {
        return agentId;
    }

    /** Sets the {@code agentId} option (described on the field). */
    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public String getUserId() {
        return userId;
    }

    /** Sets the {@code userId} option (described on the field). */
    public void setUserId(String userId) {
        this.userId = userId;
    }

    public Long getCallStartBeforeUnix() {
        return callStartBeforeUnix;
    }

    /** Sets the {@code callStartBeforeUnix} option (described on the field). */
    public void setCallStartBeforeUnix(Long callStartBeforeUnix) {
        this.callStartBeforeUnix = callStartBeforeUnix;
    }

    public Long getCallStartAfterUnix() {
        return callStartAfterUnix;
    }

    /** Sets the {@code callStartAfterUnix} option (described on the field). */
    public void setCallStartAfterUnix(Long callStartAfterUnix) {
        this.callStartAfterUnix = callStartAfterUnix;
    }

    public String getCallSuccessful() {
        return callSuccessful;
    }

    /** Sets the {@code callSuccessful} option (described on the field). */
    public void setCallSuccessful(String callSuccessful) {
        this.callSuccessful = callSuccessful;
    }

    public String getSearch() {
        return search;
    }

    /** Sets the {@code search} option (described on the field). */
    public void setSearch(String search) {
        this.search = search;
    }

    public long getMaxResults() {
        return maxResults;
    }

    /** Sets the {@code maxResults} option (described on the field). */
    public void setMaxResults(long maxResults) {
        this.maxResults = maxResults;
    }

    public boolean isUnfiltered() {
        return unfiltered;
    }

    /** Sets the {@code unfiltered} option (described on the field). */
    public void setUnfiltered(boolean unfiltered) {
        this.unfiltered = unfiltered;
    }

    void hideApiKeyInUri() {
        setEndpointUri(ApiKey.hiddenIn(getEndpointUri(), configuration.getApiKey()));
    }

    /** Refuses options that cannot work, before the endpoint is used: the message names the option and the URI. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        String uri = URISupport.sanitizeUri(getEndpointUri());
        if (getOperation() == null) {
            throw new IllegalArgumentException(
                    "The operation option is required, for example elevenlabs:conversations?operation=delete (" + uri
                                               + ")");
        }
        if (configuration.getConnectTimeout() <= 0 || configuration.getRequestTimeout() <= 0) {
            throw new IllegalArgumentException("connectTimeout and requestTimeout must be positive (" + uri + ")");
        }
        try {
            // the same rules the producer applies to headers, checked here for the options
            ListConversationsProducer.checkedPageSize(configuration.getPageSize());
            ListConversationsProducer.checkedCallSuccessful(getCallSuccessful());
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(invalid.getMessage() + " (" + uri + ")");
        }
        if (configuration.getMaxRetries() < 0 || configuration.getInitialRetryDelay() < 0
                || configuration.getMaxRetryDelay() < 0 || configuration.getMaxConcurrentRequests() < 0
                || configuration.getConcurrencyLimitTimeout() < 0 || configuration.getConcurrencyWaitTimeout() < 0) {
            throw new IllegalArgumentException("maxRetries, initialRetryDelay, maxRetryDelay, maxConcurrentRequests,"
                                               + " concurrencyLimitTimeout and concurrencyWaitTimeout cannot be"
                                               + " negative (" + uri + ")");
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        apiBaseUrl = ApiBaseUrl.resolve(configuration.getRegion(), configuration.getBaseUrl());
        int maxConcurrentRequests = configuration.getMaxConcurrentRequests();
        ceiling = maxConcurrentRequests > 0 ? new ConcurrencyLimit(maxConcurrentRequests) : null;
        // Camel runs producer checks only with camel.health.producers-enabled=true; the component can opt out too
        healthCheckId = getComponent().producerHealthChecks().register(this);
    }

    @Override
    protected void doStop() throws Exception {
        getComponent().producerHealthChecks().release(getCamelContext(), healthCheckId);
        healthCheckId = null;
        super.doStop();
    }

    /** @return this endpoint's own bound on its requests in flight, shared by its producers; null for none */
    ConcurrencyLimit ceiling() {
        return ceiling;
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(configuration.getMaxRetries(), Duration.ofMillis(configuration.getInitialRetryDelay()),
                Duration.ofMillis(configuration.getMaxRetryDelay()),
                Duration.ofMillis(configuration.getConcurrencyLimitTimeout()));
    }

    ApiBaseUrl getApiBaseUrl() {
        ApiBaseUrl resolved = apiBaseUrl;
        return resolved != null ? resolved : ApiBaseUrl.resolve(configuration.getRegion(), configuration.getBaseUrl());
    }

    ApiKey resolveApiKey() {
        return ApiKey.resolve(configuration.getApiKey(), getComponent().getApiKey(), getComponent().environment());
    }

    @Override
    public Producer createProducer() throws Exception {
        Producer producer = operationProducer();
        // Camel calls a synchronous producer's process(Exchange) on the route's thread, which waits for the answer
        return configuration.isSynchronous() ? new SynchronousDelegateProducer(producer) : producer;
    }

    private ElevenLabsProducer operationProducer() {
        return switch (operation) {
            case delete -> new DeleteConversationProducer(this);
            case get -> new GetConversationProducer(this);
            case list -> new ListConversationsProducer(this);
            case getAudio -> new GetConversationAudioProducer(this);
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException(
                "The elevenlabs component can only send (to), not consume (from): " + getEndpointUri());
    }

    /**
     * @return the base URL the endpoint calls, such as {@code https://api.eu.residency.elevenlabs.io}; null when the
     *         baseUrl option is invalid
     */
    @Override
    public String getServiceUrl() {
        try {
            return getApiBaseUrl().toString();
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    @Override
    public String getServiceProtocol() {
        String url = getServiceUrl();
        return url != null && url.startsWith("http:") ? "http" : "https";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("region", configuration.getRegion().toString(), "operation",
                String.valueOf(operation));
    }
}
