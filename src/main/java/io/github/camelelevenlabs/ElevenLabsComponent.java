package io.github.camelelevenlabs;

import java.security.NoSuchAlgorithmException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;

import javax.net.ssl.SSLContext;

import io.github.camelelevenlabs.client.ApiBaseUrl;
import io.github.camelelevenlabs.client.ApiKey;
import io.github.camelelevenlabs.client.BlockingTransport;
import io.github.camelelevenlabs.client.NonBlockingTransport;
import io.github.camelelevenlabs.client.PlanConcurrency;
import io.github.camelelevenlabs.client.ServerText;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.apache.camel.util.URISupport;

/**
 * The ElevenLabs component: {@code elevenlabs:conversations?operation=delete&region=eu}. Its endpoints share the
 * pooled HTTP clients (the blocking one of {@code synchronous=true}, the default, and the non-blocking one), started
 * with the first producer that needs each and stopped with the component, and one concurrency limit per ElevenLabs
 * account (host and key), which keeps every endpoint together within the account's plan.
 */
@Component(ElevenLabsConstants.SCHEME)
public class ElevenLabsComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(label = "advanced",
              description = "The options every endpoint of this component starts from, set once for all of them"
                            + " (camel.component.elevenlabs.region=eu, camel.component.elevenlabs.api-key=...). An"
                            + " endpoint's own options win.")
    private ElevenLabsConfiguration configuration = new ElevenLabsConfiguration();

    @Metadata(label = "advanced", defaultValue = "128",
              description = "The most connections the component keeps open to one ElevenLabs host, shared by all its"
                            + " endpoints. Requests beyond it wait for a free connection, at most concurrencyWaitTimeout"
                            + " (holding no thread with synchronous=false). ElevenLabs plans allow about 4 to 30 concurrent requests, and the"
                            + " component keeps within the plan, so the default is ample.")
    private int maxConnectionsPerHost = 128;

    @Metadata(label = "security", defaultValue = "false",
              description = "Whether endpoints without sslContextParameters of their own (or of the component's) use"
                            + " the CamelContext's global SSL settings.")
    private boolean useGlobalSslContextParameters;

    private static final OptionChoice<ElevenLabsRegion> REGION = new OptionChoice<>("region", ElevenLabsRegion.class);
    private static final OptionChoice<ElevenLabsOperation> OPERATION = new OptionChoice<>("operation",
            ElevenLabsOperation.class);

    /** The thread pool profile of the timer thread, which an application can define to override the component's. */
    public static final String TIMERS_PROFILE = "elevenlabs-timers";
    /** The thread pool profile of the threads routes continue on after a non-blocking call. */
    public static final String CALLBACKS_PROFILE = "elevenlabs-callbacks";

    private UnaryOperator<String> environment = System::getenv;
    private final Map<String, PlanConcurrency> plans = new ConcurrentHashMap<>();
    private final ProducerHealthChecks producerHealthChecks = new ProducerHealthChecks(this);
    /** The transports by the TLS context they call with: most applications have one, the JVM's. */
    private final Map<SSLContext, NonBlockingTransport> nonBlockingTransports = new IdentityHashMap<>();
    private final Map<SSLContext, BlockingTransport> blockingTransports = new IdentityHashMap<>();
    private final Map<SSLContextParameters, SSLContext> tlsContexts = new IdentityHashMap<>();
    private ScheduledExecutorService timers;
    private ExecutorService callbackPool;
    private Executor callbacks;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (!"conversations".equals(remaining)) {
            throw new IllegalArgumentException(
                    "Unknown ElevenLabs resource '" + remaining + "' in " + URISupport.sanitizeUri(uri)
                                               + ": the supported resource is 'conversations'");
        }
        ElevenLabsConfiguration configuration = this.configuration.copy();
        // the component's key is looked up when a producer starts, so that errors name where a bad key came from
        configuration.setApiKey(null);
        ElevenLabsEndpoint endpoint = new ElevenLabsEndpoint(uri, this, configuration);
        endpoint.setResource(remaining);
        // an unknown operation or region is refused by OptionChoice, registered below, as Camel binds it
        setProperties(endpoint, parameters);
        endpoint.hideApiKeyInUri();
        return endpoint;
    }

    /**
     * Camel's own enum error names neither the option nor its values, wherever the option is set from text. Registered
     * as soon as the component has its context, because Spring Boot and Camel Main bind the component's options before
     * it is initialised.
     */
    @Override
    public void setCamelContext(CamelContext camelContext) {
        super.setCamelContext(camelContext);
        if (camelContext != null) {
            camelContext.getTypeConverterRegistry().addTypeConverter(ElevenLabsRegion.class, String.class, REGION);
            camelContext.getTypeConverterRegistry().addTypeConverter(ElevenLabsOperation.class, String.class,
                    OPERATION);
        }
    }

    public ElevenLabsConfiguration getConfiguration() {
        return configuration;
    }

    /** Sets the {@code configuration} option (described on the field). */
    public void setConfiguration(ElevenLabsConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getApiKey() {
        return configuration.getApiKey();
    }

    /** Sets the {@code apiKey} option of the component's {@link #getConfiguration() configuration}. */
    public void setApiKey(String apiKey) {
        configuration.setApiKey(apiKey);
    }

    public int getMaxConnectionsPerHost() {
        return maxConnectionsPerHost;
    }

    /** Sets the {@code maxConnectionsPerHost} option (described on the field). */
    public void setMaxConnectionsPerHost(int maxConnectionsPerHost) {
        this.maxConnectionsPerHost = maxConnectionsPerHost;
    }

    UnaryOperator<String> environment() {
        return environment;
    }

    /** Lets tests stand in for the process environment, which a JVM cannot change. */
    void setEnvironment(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /**
     * @return the timer thread for deadlines and retries; it only schedules, never waits. Camel's, from a thread pool
     *         profile ({@value #TIMERS_PROFILE}, which an application may define to override this one), with an
     *         unbounded queue: deadlines and retries must never be refused while the component runs; once it has
     *         stopped, scheduling fails with a RejectedExecutionException, which the callers expect
     */
    synchronized ScheduledExecutorService timers() {
        if (timers == null) {
            // no maximum pool size: Camel then keeps the scheduled queue unbounded
            ThreadPoolProfile profile = profile(TIMERS_PROFILE, 1, 0, null);
            timers = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "ElevenLabsTimers",
                    profile);
        }
        return timers;
    }

    /**
     * @return the threads on which routes continue after a call; they never refuse one. Routes continue here, never
     *         on the HTTP client's I/O threads: a blocking step after a call (a file, a database, the next page of a
     *         list) must not stall the I/O of every other call. Camel's, from a thread pool profile
     *         ({@value #CALLBACKS_PROFILE}): a fixed few threads with an unbounded queue, so bursts of answers add no
     *         threads and are never refused. Once the pool has stopped, a completion runs where it is handed over:
     *         completing the exchange beats leaving it hanging.
     */
    synchronized Executor callbacks() {
        if (callbackPool == null) {
            int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
            ThreadPoolProfile profile = profile(CALLBACKS_PROFILE, threads, threads, Integer.MAX_VALUE);
            ExecutorService pool = getCamelContext().getExecutorServiceManager().newThreadPool(this,
                    "ElevenLabsCallbacks", profile);
            callbackPool = pool;
            callbacks = completion -> {
                try {
                    pool.execute(completion);
                } catch (RejectedExecutionException stopped) {
                    completion.run();
                }
            };
        }
        return callbacks;
    }

    /**
     * @return the application's profile of this id if it defines one, else the component's own; refused work fails
     *         (Abort), so that a caller sees a stopped pool instead of losing its task
     */
    private ThreadPoolProfile profile(String id, int poolSize, int maxPoolSize, Integer maxQueueSize) {
        ThreadPoolProfile defined = getCamelContext().getExecutorServiceManager().getThreadPoolProfile(id);
        if (defined != null) {
            return defined;
        }
        ThreadPoolProfile own = new ThreadPoolProfile(id);
        own.setPoolSize(poolSize);
        own.setMaxPoolSize(maxPoolSize);
        own.setMaxQueueSize(maxQueueSize);
        own.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        return own;
    }

    /**
     * @return the concurrency of the account behind a host and key: shared by every endpoint and both transports, since
     *         the plan's limit is per account
     */
    PlanConcurrency planConcurrency(ApiBaseUrl baseUrl, ApiKey key) {
        return plans.computeIfAbsent(baseUrl + " " + ApiKey.fingerprint(key.value()), account -> new PlanConcurrency());
    }

    ProducerHealthChecks producerHealthChecks() {
        return producerHealthChecks;
    }

    /**
     * @return the non-blocking transport for endpoints with these options while the component runs (started if no producer has
     *         yet); null once it stops
     */
    synchronized NonBlockingTransport runningNonBlockingTransport(ElevenLabsConfiguration configuration) throws Exception {
        return isRunAllowed() ? nonBlockingTransport(tlsContext(configuration)) : null;
    }

    /** @return the non-blocking transport for a TLS context, shared by the endpoints that are not synchronous */
    synchronized NonBlockingTransport nonBlockingTransport(SSLContext tlsContext) {
        return nonBlockingTransports.computeIfAbsent(tlsContext, context -> {
            NonBlockingTransport transport = new NonBlockingTransport(timers(), callbacks(), checkedMaxConnectionsPerHost(),
                    context);
            ServiceHelper.startService(transport);
            return transport;
        });
    }

    /** @return the blocking transport for a TLS context, shared by the synchronous endpoints */
    synchronized BlockingTransport blockingTransport(SSLContext tlsContext) {
        return blockingTransports.computeIfAbsent(tlsContext, context -> {
            BlockingTransport transport = new BlockingTransport(timers(), checkedMaxConnectionsPerHost(), context);
            ServiceHelper.startService(transport);
            return transport;
        });
    }

    /**
     * @return the TLS context of endpoints with these options: their sslContextParameters (or the component's, which
     *         they start from), else Camel's global ones when useGlobalSslContextParameters, else the JVM's
     */
    synchronized SSLContext tlsContext(ElevenLabsConfiguration configuration) throws Exception {
        SSLContextParameters parameters = configuration.getSslContextParameters();
        if (parameters == null && useGlobalSslContextParameters) {
            parameters = retrieveGlobalSslContextParameters();
        }
        if (parameters == null) {
            return jvmTlsContext();
        }
        SSLContext context = tlsContexts.get(parameters);
        if (context == null) {
            context = parameters.createSSLContext(getCamelContext());
            tlsContexts.put(parameters, context);
        }
        return context;
    }

    private static SSLContext jvmTlsContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no default TLS context", e);
        }
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /** Sets the {@code useGlobalSslContextParameters} option (described on the field). */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    private int checkedMaxConnectionsPerHost() {
        if (maxConnectionsPerHost < 1) {
            throw new IllegalArgumentException(
                    "maxConnectionsPerHost of the elevenlabs component must be at least 1, not " + maxConnectionsPerHost);
        }
        return maxConnectionsPerHost;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        ServiceHelper.stopService(nonBlockingTransports.values());
        nonBlockingTransports.clear();
        ServiceHelper.stopService(blockingTransports.values());
        blockingTransports.clear();
        tlsContexts.clear();
        if (timers != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(timers);
            timers = null;
        }
        if (callbackPool != null) {
            // completions already queued still run, each completes an exchange: Camel waits for them, within its
            // shutdown timeout
            getCamelContext().getExecutorServiceManager().shutdownGraceful(callbackPool);
            callbackPool = null;
            callbacks = null;
        }
        plans.clear();
        super.doStop();
    }
}
