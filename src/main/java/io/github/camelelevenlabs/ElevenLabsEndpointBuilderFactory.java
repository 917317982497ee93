package io.github.camelelevenlabs;

import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;

/**
 * The Endpoint DSL for the elevenlabs component, in the shape of Camel's own {@code *EndpointBuilderFactory}, so that
 * Java routes write typed, documented options:
 *
 * <pre>
 * import static io.github.camelelevenlabs.ElevenLabsEndpointBuilderFactory.elevenlabs;
 *
 * from("kafka:erasure-requests")
 *         .setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
 *         .to(elevenlabs("conversations").operation("delete").region("eu").ignoreNotFound(true));
 * </pre>
 *
 * Needs {@code org.apache.camel:camel-endpointdsl} on the classpath, as Camel's Endpoint DSL does. A test keeps the
 * methods in step with the component's options.
 */
public interface ElevenLabsEndpointBuilderFactory {

    /**
     * Builder for an elevenlabs endpoint.
     */
    interface ElevenLabsEndpointBuilder extends EndpointProducerBuilder {

        /**
         * @return the builder of the advanced options
         */
        default AdvancedElevenLabsEndpointBuilder advanced() {
            return (AdvancedElevenLabsEndpointBuilder) this;
        }

        /**
         * What the endpoint does. It is fixed by the URI: no message header can change it.
         *
         * The option is a: {@code ElevenLabsOperation} type.
         * Default: Required
         *
         * @param  operation the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder operation(ElevenLabsOperation operation) {
            doSetProperty("operation", operation);
            return this;
        }

        /**
         * What the endpoint does. It is fixed by the URI: no message header can change it.
         *
         * @param  operation the value's name
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder operation(String operation) {
            doSetProperty("operation", operation);
            return this;
        }

        /**
         * The ElevenLabs stack to call: default (api.elevenlabs.io), us, eu, in or sg (the data-residency stacks). Keys are issued per stack.
         *
         * The option is a: {@code ElevenLabsRegion} type.
         * Default: default
         *
         * @param  region the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder region(ElevenLabsRegion region) {
            doSetProperty("region", region);
            return this;
        }

        /**
         * The ElevenLabs stack to call: default (api.elevenlabs.io), us, eu, in or sg (the data-residency stacks). Keys are issued per stack.
         *
         * @param  region the value's name
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder region(String region) {
            doSetProperty("region", region);
            return this;
        }

        /**
         * The conversation id to use when the message has no CamelElevenLabsConversationId header.
         *
         * The option is a: {@code String} type.
         *
         * @param  conversationId the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder conversationId(String conversationId) {
            doSetProperty("conversationId", conversationId);
            return this;
        }

        /**
         * The ElevenLabs API key, sent as the xi-api-key header. The endpoint's key wins over the component's; without either, the ELEVENLABS_API_KEY environment variable is used.
         *
         * The option is a: {@code String} type.
         *
         * @param  apiKey the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder apiKey(String apiKey) {
            doSetProperty("apiKey", apiKey);
            return this;
        }

        /**
         * The TLS settings to call ElevenLabs with, as Camel configures TLS everywhere; by default the JVM's.
         *
         * The option is a: {@code org.apache.camel.support.jsse.SSLContextParameters} type.
         *
         * @param  sslContextParameters the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder sslContextParameters(
                org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }

        /**
         * The TLS settings to call ElevenLabs with, as Camel configures TLS everywhere; by default the JVM's.
         *
         * @param  sslContextParameters a reference to them in the registry, such as #myTls
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder sslContextParameters(String sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }

        /**
         * How long to wait for a connection to ElevenLabs to be established.
         *
         * The option is a: {@code long (a duration)} type.
         * Default: 10s
         *
         * @param  connectTimeout the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * How long to wait for a connection to ElevenLabs to be established.
         *
         * @param  connectTimeout a duration such as 30s or 500 (milliseconds)
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * The overall deadline of one call, from sending the request to the last byte of the answer.
         *
         * The option is a: {@code long (a duration)} type.
         * Default: 60s
         *
         * @param  requestTimeout the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder requestTimeout(long requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * The overall deadline of one call, from sending the request to the last byte of the answer.
         *
         * @param  requestTimeout a duration such as 30s or 500 (milliseconds)
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder requestTimeout(String requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * How many times an answer of 408, 409, 429 or 5xx is retried, as the official SDKs do. 0 hands all redelivery to the route's error handler.
         *
         * The option is a: {@code int} type.
         * Default: 2
         *
         * @param  maxRetries the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder maxRetries(int maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * How many times an answer of 408, 409, 429 or 5xx is retried, as the official SDKs do. 0 hands all redelivery to the route's error handler.
         *
         * @param  maxRetries the value as text, or a property placeholder
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder maxRetries(String maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * The wait before the first retry when ElevenLabs does not say how long to wait; it doubles with each retry, with about 20% jitter.
         *
         * The option is a: {@code long (a duration)} type.
         * Default: 1s
         *
         * @param  initialRetryDelay the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder initialRetryDelay(long initialRetryDelay) {
            doSetProperty("initialRetryDelay", initialRetryDelay);
            return this;
        }

        /**
         * The wait before the first retry when ElevenLabs does not say how long to wait; it doubles with each retry, with about 20% jitter.
         *
         * @param  initialRetryDelay a duration such as 30s or 500 (milliseconds)
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder initialRetryDelay(String initialRetryDelay) {
            doSetProperty("initialRetryDelay", initialRetryDelay);
            return this;
        }

        /**
         * The longest wait before a retry; when ElevenLabs asks for a longer one, the exchange fails at once with the typed exception.
         *
         * The option is a: {@code long (a duration)} type.
         * Default: 60s
         *
         * @param  maxRetryDelay the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder maxRetryDelay(long maxRetryDelay) {
            doSetProperty("maxRetryDelay", maxRetryDelay);
            return this;
        }

        /**
         * The longest wait before a retry; when ElevenLabs asks for a longer one, the exchange fails at once with the typed exception.
         *
         * @param  maxRetryDelay a duration such as 30s or 500 (milliseconds)
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder maxRetryDelay(String maxRetryDelay) {
            doSetProperty("maxRetryDelay", maxRetryDelay);
            return this;
        }

        /**
         * Whether a conversation that does not exist (404) counts as deleted: the exchange then completes normally with the header CamelElevenLabsNotFound=true.
         *
         * The option is a: {@code boolean} type.
         * Default: false
         *
         * @param  ignoreNotFound the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder ignoreNotFound(boolean ignoreNotFound) {
            doSetProperty("ignoreNotFound", ignoreNotFound);
            return this;
        }

        /**
         * Whether a conversation that does not exist (404) counts as deleted: the exchange then completes normally with the header CamelElevenLabsNotFound=true.
         *
         * @param  ignoreNotFound the value as text, or a property placeholder
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder ignoreNotFound(String ignoreNotFound) {
            doSetProperty("ignoreNotFound", ignoreNotFound);
            return this;
        }
        /**
         * operation=delete: check and log what would be deleted, and send nothing.
         *
         * The option is a: {@code boolean} type.
         * Default: false
         *
         * @param  dryRun the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder dryRun(boolean dryRun) {
            doSetProperty("dryRun", dryRun);
            return this;
        }

        /**
         * operation=delete: check and log what would be deleted, and send nothing.
         *
         * @param  dryRun the value as text, or a property placeholder
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder dryRun(String dryRun) {
            doSetProperty("dryRun", dryRun);
            return this;
        }

        /**
         * operation=list: only conversations of this agent.
         *
         * The option is a: {@code String} type.
         *
         * @param  agentId the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder agentId(String agentId) {
            doSetProperty("agentId", agentId);
            return this;
        }

        /**
         * operation=list: only conversations with this end user.
         *
         * The option is a: {@code String} type.
         *
         * @param  userId the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder userId(String userId) {
            doSetProperty("userId", userId);
            return this;
        }

        /**
         * operation=list: only conversations that started before this Unix time, in seconds.
         *
         * The option is a: {@code Long} type.
         *
         * @param  callStartBeforeUnix the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder callStartBeforeUnix(Long callStartBeforeUnix) {
            doSetProperty("callStartBeforeUnix", callStartBeforeUnix);
            return this;
        }

        /**
         * operation=list: only conversations that started before this Unix time, in seconds.
         *
         * @param  callStartBeforeUnix the value as text, or a property placeholder
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder callStartBeforeUnix(String callStartBeforeUnix) {
            doSetProperty("callStartBeforeUnix", callStartBeforeUnix);
            return this;
        }

        /**
         * operation=list: only conversations that started after this Unix time, in seconds.
         *
         * The option is a: {@code Long} type.
         *
         * @param  callStartAfterUnix the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder callStartAfterUnix(Long callStartAfterUnix) {
            doSetProperty("callStartAfterUnix", callStartAfterUnix);
            return this;
        }

        /**
         * operation=list: only conversations that started after this Unix time, in seconds.
         *
         * @param  callStartAfterUnix the value as text, or a property placeholder
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder callStartAfterUnix(String callStartAfterUnix) {
            doSetProperty("callStartAfterUnix", callStartAfterUnix);
            return this;
        }

        /**
         * operation=list: only conversations whose call was judged success, failure or unknown.
         *
         * The option is a: {@code String} type.
         *
         * @param  callSuccessful the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder callSuccessful(String callSuccessful) {
            doSetProperty("callSuccessful", callSuccessful);
            return this;
        }

        /**
         * operation=list: only conversations matching this text.
         *
         * The option is a: {@code String} type.
         *
         * @param  search the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder search(String search) {
            doSetProperty("search", search);
            return this;
        }

        /**
         * operation=list: how many conversations each request fetches, 1 to 100.
         *
         * The option is a: {@code int} type.
         * Default: 30
         *
         * @param  pageSize the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder pageSize(int pageSize) {
            doSetProperty("pageSize", pageSize);
            return this;
        }

        /**
         * operation=list: how many conversations each request fetches, 1 to 100.
         *
         * @param  pageSize the value as text, or a property placeholder
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder pageSize(String pageSize) {
            doSetProperty("pageSize", pageSize);
            return this;
        }

        /**
         * operation=list: the most conversations to return in all; 0 for all that match.
         *
         * The option is a: {@code long} type.
         * Default: 0
         *
         * @param  maxResults the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder maxResults(long maxResults) {
            doSetProperty("maxResults", maxResults);
            return this;
        }

        /**
         * operation=list: the most conversations to return in all; 0 for all that match.
         *
         * @param  maxResults the value as text, or a property placeholder
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder maxResults(String maxResults) {
            doSetProperty("maxResults", maxResults);
            return this;
        }

        /**
         * operation=list: whether the endpoint may list without any filter, that is every conversation of the
         * account. Without it such a listing fails with InvalidListFilterException before anything is sent.
         *
         * The option is a: {@code boolean} type.
         * Default: false
         *
         * @param  unfiltered the value to set
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder unfiltered(boolean unfiltered) {
            doSetProperty("unfiltered", unfiltered);
            return this;
        }

        /**
         * operation=list: whether the endpoint may list without any filter, that is every conversation of the
         * account.
         *
         * @param  unfiltered the value as text, or a property placeholder
         * @return the dsl builder
         */
        default ElevenLabsEndpointBuilder unfiltered(String unfiltered) {
            doSetProperty("unfiltered", unfiltered);
            return this;
        }
    }

    /**
     * Advanced builder for an elevenlabs endpoint.
     */
    interface AdvancedElevenLabsEndpointBuilder extends EndpointProducerBuilder {

        /**
         * @return the builder of the common options
         */
        default ElevenLabsEndpointBuilder basic() {
            return (ElevenLabsEndpointBuilder) this;
        }

        /**
         * Whether the producer should be started lazy (on the first message), so that a failure to start is handled by the route's error handler.
         *
         * The option is a: {@code boolean} type.
         * Default: false
         *
         * @param  lazyStartProducer the value to set
         * @return the dsl builder
         */
        default AdvancedElevenLabsEndpointBuilder lazyStartProducer(boolean lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * Whether the producer should be started lazy (on the first message), so that a failure to start is handled by the route's error handler.
         *
         * @param  lazyStartProducer the value as text, or a property placeholder
         * @return the dsl builder
         */
        default AdvancedElevenLabsEndpointBuilder lazyStartProducer(String lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * Overrides the region's base URL, for a proxy or a test server. Must be https, except for a loopback host.
         *
         * The option is a: {@code String} type.
         *
         * @param  baseUrl the value to set
         * @return the dsl builder
         */
        default AdvancedElevenLabsEndpointBuilder baseUrl(String baseUrl) {
            doSetProperty("baseUrl", baseUrl);
            return this;
        }

        /**
         * A bound of this endpoint's own on its requests in flight, under the plan's; 0 for the plan's alone.
         *
         * The option is a: {@code int} type.
         * Default: 0
         *
         * @param  maxConcurrentRequests the value to set
         * @return the dsl builder
         */
        default AdvancedElevenLabsEndpointBuilder maxConcurrentRequests(int maxConcurrentRequests) {
            doSetProperty("maxConcurrentRequests", maxConcurrentRequests);
            return this;
        }

        /**
         * A bound of this endpoint's own on its requests in flight, under the plan's; 0 for the plan's alone.
         *
         * @param  maxConcurrentRequests the value as text, or a property placeholder
         * @return the dsl builder
         */
        default AdvancedElevenLabsEndpointBuilder maxConcurrentRequests(String maxConcurrentRequests) {
            doSetProperty("maxConcurrentRequests", maxConcurrentRequests);
            return this;
        }

        /**
         * How long a call keeps being sent again while ElevenLabs refuses it with 429 concurrent_limit_exceeded; past it
         * the exchange fails with ElevenLabsRateLimitException.
         *
         * The option is a: {@code long} type.
         * Default: 60s
         *
         * @param  concurrencyLimitTimeout the value to set, in milliseconds
         * @return the dsl builder
         */
        default AdvancedElevenLabsEndpointBuilder concurrencyLimitTimeout(long concurrencyLimitTimeout) {
            doSetProperty("concurrencyLimitTimeout", concurrencyLimitTimeout);
            return this;
        }

        /**
         * How long a call keeps being sent again while ElevenLabs refuses it with 429 concurrent_limit_exceeded; past it
         * the exchange fails with ElevenLabsRateLimitException.
         *
         * @param  concurrencyLimitTimeout a duration such as 30s or 500 (milliseconds)
         * @return the dsl builder
         */
        default AdvancedElevenLabsEndpointBuilder concurrencyLimitTimeout(String concurrencyLimitTimeout) {
            doSetProperty("concurrencyLimitTimeout", concurrencyLimitTimeout);
            return this;
        }

        /**
         * How long a request may wait for its place under the plan's concurrency before it is sent; past it the
         * exchange fails with an ElevenLabsTransportException, nothing sent.
         *
         * The option is a: {@code long} type.
         * Default: 10m
         *
         * @param  concurrencyWaitTimeout the value to set, in milliseconds
         * @return the dsl builder
         */
        default AdvancedElevenLabsEndpointBuilder concurrencyWaitTimeout(long concurrencyWaitTimeout) {
            doSetProperty("concurrencyWaitTimeout", concurrencyWaitTimeout);
            return this;
        }

        /**
         * How long a request may wait for its place under the plan's concurrency before it is sent; past it the
         * exchange fails with an ElevenLabsTransportException, nothing sent.
         *
         * @param  concurrencyWaitTimeout a duration such as 10m or 500 (milliseconds)
         * @return the dsl builder
         */
        default AdvancedElevenLabsEndpointBuilder concurrencyWaitTimeout(String concurrencyWaitTimeout) {
            doSetProperty("concurrencyWaitTimeout", concurrencyWaitTimeout);
            return this;
        }

        /**
         * Whether the calling thread makes the call itself, on a blocking connection, and continues the route (the
         * default, and the fastest); false for a call that holds no thread while it waits.
         *
         * The option is a: {@code boolean} type.
         * Default: true
         *
         * @param  synchronous the value to set
         * @return the dsl builder
         */
        default AdvancedElevenLabsEndpointBuilder synchronous(boolean synchronous) {
            doSetProperty("synchronous", synchronous);
            return this;
        }

        /**
         * Whether the calling thread makes the call itself, on a blocking connection, and continues the route (the
         * default, and the fastest); false for a call that holds no thread while it waits.
         *
         * @param  synchronous the value as text, or a property placeholder
         * @return the dsl builder
         */
        default AdvancedElevenLabsEndpointBuilder synchronous(String synchronous) {
            doSetProperty("synchronous", synchronous);
            return this;
        }
    }

    /**
     * Mixed into a RouteBuilder: {@code class Routes extends RouteBuilder implements ElevenLabsBuilders}.
     */
    interface ElevenLabsBuilders {

        /**
         * @return the names of the component's headers
         */
        default ElevenLabsHeaderNameBuilder elevenlabs() {
            return ElevenLabsHeaderNameBuilder.INSTANCE;
        }

        /**
         * ElevenLabs (camel-elevenlabs): calls the ElevenLabs Agents (Conversational AI) API.
         *
         * @param  path the resource: {@code conversations}
         * @return      the dsl builder
         */
        default ElevenLabsEndpointBuilder elevenlabs(String path) {
            return ElevenLabsEndpointBuilderFactory.endpointBuilder(ElevenLabsConstants.SCHEME, path);
        }
    }

    /**
     * The names of the headers the component reads and writes.
     */
    final class ElevenLabsHeaderNameBuilder {

        private static final ElevenLabsHeaderNameBuilder INSTANCE = new ElevenLabsHeaderNameBuilder();

        /**
         * @return {@value ElevenLabsConstants#CONVERSATION_ID}: the id of the conversation to act on
         */
        public String elevenLabsConversationId() {
            return ElevenLabsConstants.CONVERSATION_ID;
        }

        /**
         * @return {@value ElevenLabsConstants#REQUEST_ID}: ElevenLabs' request id of the call
         */
        public String elevenLabsRequestId() {
            return ElevenLabsConstants.REQUEST_ID;
        }

        /**
         * @return {@value ElevenLabsConstants#HTTP_RESPONSE_CODE}: the HTTP status of the answer
         */
        public String httpResponseCode() {
            return ElevenLabsConstants.HTTP_RESPONSE_CODE;
        }

        /**
         * @return {@value ElevenLabsConstants#ATTEMPTS}: how many requests the call took
         */
        public String elevenLabsAttempts() {
            return ElevenLabsConstants.ATTEMPTS;
        }

        /**
         * @return {@value ElevenLabsConstants#NOT_FOUND}: with ignoreNotFound, whether the conversation was gone
         */
        public String elevenLabsNotFound() {
            return ElevenLabsConstants.NOT_FOUND;
        }

        /**
         * @return {@value ElevenLabsConstants#DRY_RUN}: with dryRun, whether the delete was only checked
         */
        public String elevenLabsDryRun() {
            return ElevenLabsConstants.DRY_RUN;
        }

        /**
         * @return {@value ElevenLabsConstants#AGENT_ID}: list filter: the agent
         */
        public String elevenLabsAgentId() {
            return ElevenLabsConstants.AGENT_ID;
        }

        /**
         * @return {@value ElevenLabsConstants#USER_ID}: list filter: the end user
         */
        public String elevenLabsUserId() {
            return ElevenLabsConstants.USER_ID;
        }

        /**
         * @return {@value ElevenLabsConstants#CALL_START_BEFORE_UNIX}: list filter: started before
         */
        public String elevenLabsCallStartBeforeUnix() {
            return ElevenLabsConstants.CALL_START_BEFORE_UNIX;
        }

        /**
         * @return {@value ElevenLabsConstants#CALL_START_AFTER_UNIX}: list filter: started after
         */
        public String elevenLabsCallStartAfterUnix() {
            return ElevenLabsConstants.CALL_START_AFTER_UNIX;
        }

        /**
         * @return {@value ElevenLabsConstants#CALL_SUCCESSFUL}: list filter: the call's outcome
         */
        public String elevenLabsCallSuccessful() {
            return ElevenLabsConstants.CALL_SUCCESSFUL;
        }

        /**
         * @return {@value ElevenLabsConstants#SEARCH}: list filter: text
         */
        public String elevenLabsSearch() {
            return ElevenLabsConstants.SEARCH;
        }

        /**
         * @return {@value ElevenLabsConstants#PAGE_SIZE}: list: the page size
         */
        public String elevenLabsPageSize() {
            return ElevenLabsConstants.PAGE_SIZE;
        }
    }

    /**
     * ElevenLabs (camel-elevenlabs): calls the ElevenLabs Agents (Conversational AI) API.
     *
     * @param  path the resource: {@code conversations}
     * @return      the dsl builder
     */
    static ElevenLabsEndpointBuilder elevenlabs(String path) {
        return endpointBuilder(ElevenLabsConstants.SCHEME, path);
    }

    /**
     * @param  componentName the name the component is registered under
     * @param  path          the resource: {@code conversations}
     * @return               the dsl builder
     */
    static ElevenLabsEndpointBuilder endpointBuilder(String componentName, String path) {
        class ElevenLabsEndpointBuilderImpl extends AbstractEndpointBuilder
                implements ElevenLabsEndpointBuilder, AdvancedElevenLabsEndpointBuilder {
            ElevenLabsEndpointBuilderImpl(String path) {
                super(componentName, path);
            }
        }
        return new ElevenLabsEndpointBuilderImpl(path);
    }
}
