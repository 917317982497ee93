package io.github.camelelevenlabs;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of an {@code elevenlabs:} endpoint, also settable once on the component
 * ({@code camel.component.elevenlabs.region=eu}) as the starting point of every endpoint. Its {@link #toString()}
 * never shows the API key.
 */
@UriParams
public class ElevenLabsConfiguration implements Cloneable {

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

    @UriParam(label = "security",
              description = "The TLS settings to call ElevenLabs with, as Camel configures TLS everywhere: the trust"
                            + " store (for a TLS-inspecting proxy's certificate authority, say) and key managers. By"
                            + " default the JVM's. Whatever they say, the host name is checked and only TLS 1.2 or"
                            + " newer without weak cipher suites is spoken.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "timeout", defaultValue = "10s", javaType = "java.time.Duration",
              description = "How long establishing a connection to ElevenLabs may take. It times connecting only:"
                            + " the wait for a free connection of the pool is bounded by concurrencyWaitTimeout.")
    private long connectTimeout = 10_000;

    @UriParam(label = "timeout", defaultValue = "60s", javaType = "java.time.Duration",
              description = "The deadline of each request, from the moment it has a connection to use (connecting"
                            + " included) to the last byte of the answer. A server that is slow to answer or dribbles"
                            + " its body fails the exchange with an ElevenLabsTransportException (isTimeout()) when it"
                            + " passes.")
    private long requestTimeout = 60_000;

    @UriParam(label = "retry", defaultValue = "2",
              description = "How many times an answer of 408, 409, 429 or 5xx is retried, as the official SDKs do. 0"
                            + " hands all redelivery to the route's error handler. Transport failures and timeouts are"
                            + " never retried by the component.")
    private int maxRetries = 2;

    @UriParam(label = "retry", defaultValue = "1s", javaType = "java.time.Duration",
              description = "The wait before the first retry when ElevenLabs does not say how long to wait; it doubles"
                            + " with each retry, with about 20% jitter.")
    private long initialRetryDelay = 1_000;

    @UriParam(label = "retry", defaultValue = "60s", javaType = "java.time.Duration",
              description = "The longest wait before a retry. When ElevenLabs asks (Retry-After, X-RateLimit-Reset) for"
                            + " a longer one, the component does not wait: the exchange fails at once with the typed"
                            + " exception (ElevenLabsRateLimitException for a 429, ElevenLabsServerException for a"
                            + " 5xx), whose getRetryAfter() says how long, so the route decides.")
    private long maxRetryDelay = 60_000;

    @UriParam(defaultValue = "false",
              description = "Whether a conversation that does not exist (404) counts as deleted: the exchange then"
                            + " completes normally with the header CamelElevenLabsNotFound=true. For pipelines where"
                            + " already gone is done: redeliveries, replayed topics, re-runs.")
    private boolean ignoreNotFound;

    @UriParam(defaultValue = "false",
              description = "operation=delete: check and log (at DEBUG) what would be deleted, and send nothing. The"
                            + " exchange completes with the header CamelElevenLabsDryRun=true.")
    private boolean dryRun;

    @UriParam(label = "list", defaultValue = "30",
              description = "operation=list: how many conversations each request fetches, 1 to 100.")
    private int pageSize = 30;

    @UriParam(label = "advanced", defaultValue = "0",
              description = "A bound of this endpoint's own on its requests in flight, under the plan's; 0 for the"
                            + " plan's alone. Whatever this says, the component keeps every account (one component,"
                            + " host and key) within its plan's concurrency, shared by all endpoints: 4 until"
                            + " ElevenLabs first answers, then the maximum-concurrent-requests it reports. Set it to"
                            + " leave part of the plan to other applications. Exchanges over a bound wait their turn"
                            + " in order: on their own thread by default, holding none with synchronous=false.")
    private int maxConcurrentRequests;

    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration",
              description = "How long a call may keep being sent again while ElevenLabs refuses it with 429"
                            + " concurrent_limit_exceeded (the plan's concurrent requests are all taken, by other"
                            + " applications on the account or a plan that shrank), counted from the call's first"
                            + " refusal. Such refusals are not retries: the call waits for a free place and is sent"
                            + " again, after 50 ms doubling to 1 s (or what Retry-After, else X-RateLimit-Reset, asks). A refusal whose next"
                            + " wait would end past this time fails the exchange with ElevenLabsRateLimitException.")
    private long concurrencyLimitTimeout = 60_000;

    @UriParam(label = "advanced", defaultValue = "10m", javaType = "java.time.Duration",
              description = "How long a request may wait for its turn before it is sent, for each of two waits: its"
                            + " place under the plan's concurrency (and maxConcurrentRequests), then a free connection"
                            + " of the pool (maxConnectionsPerHost). Past it the exchange fails with an"
                            + " ElevenLabsTransportException that says which wait ran out; nothing was sent, so it is"
                            + " safe to send again. Many more exchanges waiting at once than the plan can serve in"
                            + " this time wait for nothing: bound them upstream (the split's threads, the consumers).")
    private long concurrencyWaitTimeout = 600_000;

    @UriParam(label = "advanced", defaultValue = "true",
              description = "Whether the calling thread makes the call itself, on a blocking connection, and continues"
                            + " the route, as camel-http does: the fastest way to call ElevenLabs, whose plans allow 4"
                            + " to 30 requests at once, and thread-bound context (transactions, MDC) is kept. The"
                            + " thread also waits for its place under the plan's concurrency and out the retry delays."
                            + " false: the call holds no thread while it waits, and the route continues on the"
                            + " component's threads; for routes that keep many exchanges waiting at once, such as"
                            + " thousands of asynchronous sends.")
    private boolean synchronous = true;

    public ElevenLabsRegion getRegion() {
        return region;
    }

    /** Sets the {@code region} option (described on the field). */
    public void setRegion(ElevenLabsRegion region) {
        this.region = region;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** Sets the {@code baseUrl} option (described on the field). */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiKey() {
        return apiKey;
    }

    /** Sets the {@code apiKey} option (described on the field). */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /** Sets the {@code sslContextParameters} option (described on the field). */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** Sets the {@code connectTimeout} option, in milliseconds (described on the field). */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /** Sets the {@code requestTimeout} option, in milliseconds (described on the field). */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /** Sets the {@code maxRetries} option (described on the field). */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getInitialRetryDelay() {
        return initialRetryDelay;
    }

    /** Sets the {@code initialRetryDelay} option, in milliseconds (described on the field). */
    public void setInitialRetryDelay(long initialRetryDelay) {
        this.initialRetryDelay = initialRetryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    /** Sets the {@code maxRetryDelay} option, in milliseconds (described on the field). */
    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public boolean isIgnoreNotFound() {
        return ignoreNotFound;
    }

    /** Sets the {@code ignoreNotFound} option (described on the field). */
    public void setIgnoreNotFound(boolean ignoreNotFound) {
        this.ignoreNotFound = ignoreNotFound;
    }

    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /** Sets the {@code maxConcurrentRequests} option (described on the field). */
    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public long getConcurrencyLimitTimeout() {
        return concurrencyLimitTimeout;
    }

    /** Sets the {@code concurrencyLimitTimeout} option, in milliseconds (described on the field). */
    public void setConcurrencyLimitTimeout(long concurrencyLimitTimeout) {
        this.concurrencyLimitTimeout = concurrencyLimitTimeout;
    }

    public long getConcurrencyWaitTimeout() {
        return concurrencyWaitTimeout;
    }

    /** Sets the {@code concurrencyWaitTimeout} option, in milliseconds (described on the field). */
    public void setConcurrencyWaitTimeout(long concurrencyWaitTimeout) {
        this.concurrencyWaitTimeout = concurrencyWaitTimeout;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    /** Sets the {@code synchronous} option (described on the field). */
    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** Sets the {@code dryRun} option (described on the field). */
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public int getPageSize() {
        return pageSize;
    }

    /** Sets the {@code pageSize} option (described on the field). */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    /**
     * @return an independent copy, which an endpoint then changes with its own options
     */
    public ElevenLabsConfiguration copy() {
        try {
            // strings, enums and numbers are immutable; sslContextParameters is shared on purpose: the component keeps
            // one TLS context, and one client, per instance of it
            return (ElevenLabsConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("ElevenLabsConfiguration is Cloneable", e);
        }
    }

    /**
     * Describes the configuration for logs and consoles. The API key is shown only as present or absent.
     */
    @Override
    public String toString() {
        return "ElevenLabsConfiguration[region=" + region
               + ", baseUrl=" + baseUrl + ", sslContextParameters=" + (sslContextParameters == null ? "<JVM's>" : "<set>")
               + ", apiKey=" + (apiKey == null ? "<not set>" : "<set, hidden>")
               + ", connectTimeout=" + connectTimeout + "ms, requestTimeout="
               + requestTimeout + "ms, maxRetries=" + maxRetries + ", initialRetryDelay=" + initialRetryDelay
               + "ms, maxRetryDelay=" + maxRetryDelay + "ms, ignoreNotFound=" + ignoreNotFound
               + ", maxConcurrentRequests=" + maxConcurrentRequests + ", concurrencyLimitTimeout="
               + concurrencyLimitTimeout + "ms, concurrencyWaitTimeout=" + concurrencyWaitTimeout
               + "ms, synchronous=" + synchronous
               + ", dryRun=" + dryRun + ", pageSize=" + pageSize + "]";
    }
}
