package io.github.camelelevenlabs.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.ElevenLabsConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.impl.bootstrap.AsyncRequesterBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncRequester;
import org.apache.hc.core5.http.impl.bootstrap.HttpRequester;
import org.apache.hc.core5.http.impl.bootstrap.RequesterBootstrap;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.entity.StringAsyncEntityConsumer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http.nio.support.BasicResponseConsumer;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One DELETE of a conversation, several ways, against the same stub in the same JVM: the elevenlabs component (both
 * transports, and through a route), what users would otherwise write (a camel-http {@code toD} route, automatic
 * retries off), the raw clients users would reach for, and the two HttpCore clients under the component.
 */
@State(Scope.Benchmark)
public class DeleteBenchmark {

    /** The stub reports a plan of 30 concurrent requests, the largest common one: 8 calling threads fit in it. */
    static final int PLAN = 30;

    private static final String KEY = "sk_bench_0000000000000000";

    private StubServer stub;
    private CamelContext camel;
    private ProducerTemplate template;
    private HttpClient javaNetHttp;
    private CloseableHttpClient apacheHttp;
    private HttpAsyncRequester httpCore;
    private HttpRequester httpCoreClassic;
    private HttpHost stubHost;
    private String base;
    private org.apache.camel.Endpoint blockingEndpoint;
    private org.apache.camel.Endpoint nonBlockingEndpoint;
    /** Every delete names another conversation, as in a real erasure: nothing may profit from a repeated id. */
    private final AtomicLong ids = new AtomicLong();

    @Setup(Level.Trial)
    public void start() throws Exception {
        stub = new StubServer(0, PLAN);
        base = stub.baseUrl();

        camel = new DefaultCamelContext();
        ElevenLabsComponent elevenlabs = new ElevenLabsComponent();
        elevenlabs.setApiKey(KEY);
        camel.addComponent("elevenlabs", elevenlabs);
        HttpComponent http = camel.getComponent("http", HttpComponent.class);
        http.setHttpClientConfigurer(builder -> builder.disableAutomaticRetries());
        http.setMaxTotalConnections(64);
        http.setConnectionsPerRoute(64);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:componentBlocking")
                        .to("elevenlabs:conversations?operation=delete&synchronous=true&baseUrl=" + base);
                from("direct:componentNonBlocking")
                        .to("elevenlabs:conversations?operation=delete&synchronous=false&baseUrl=" + base);
                // the floor for any Camel component: the fastest raw client called from a route, no component
                from("direct:apacheHttpClientInRoute").process(exchange -> {
                    HttpDelete delete = new HttpDelete(url(exchange.getMessage().getHeader(
                            ElevenLabsConstants.CONVERSATION_ID, String.class)));
                    delete.addHeader("xi-api-key", KEY);
                    delete.addHeader("Accept", "application/json");
                    exchange.getMessage().setBody(
                            apacheHttp.execute(delete, response -> EntityUtils.toString(response.getEntity())));
                });
                from("direct:camelHttp")
                        .removeHeaders("*", ElevenLabsConstants.CONVERSATION_ID)
                        .setHeader("xi-api-key", constant(KEY))
                        .setHeader(Exchange.HTTP_METHOD, constant("DELETE"))
                        .toD(base + "/v1/convai/conversations/${header."
                             + ElevenLabsConstants.CONVERSATION_ID + "}");
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
        // resolved once, as a route does; the raw clients build their requests once too
        blockingEndpoint = camel.getEndpoint(
                "elevenlabs:conversations?operation=delete&synchronous=true&baseUrl=" + base);
        nonBlockingEndpoint = camel.getEndpoint(
                "elevenlabs:conversations?operation=delete&synchronous=false&baseUrl=" + base);

        javaNetHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setMaxTotal(64);
        pool.setDefaultMaxPerRoute(64);
        apacheHttp = HttpClients.custom().setConnectionManager(pool).disableAutomaticRetries().build();

        // the client under the component, configured as the component configures it, without the component
        httpCore = AsyncRequesterBootstrap.bootstrap()
                .setIOReactorConfig(IOReactorConfig.custom().setTcpNoDelay(true).setSoKeepAlive(true).build())
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX).setMaxTotal(512).setDefaultMaxPerRoute(128)
                .create();
        httpCore.start();
        // the client under synchronous endpoints: HttpCore 5's blocking connections, pooled, without the component
        httpCoreClassic = RequesterBootstrap.bootstrap()
                .setSocketConfig(SocketConfig.custom().setTcpNoDelay(true).setSoKeepAlive(true)
                        .setSoTimeout(Timeout.ofSeconds(30)).build())
                .setMaxTotal(512).setDefaultMaxPerRoute(128).create();
        stubHost = HttpHost.create(stub.baseUrl());
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        camel.stop();
        apacheHttp.close();
        httpCore.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
        httpCoreClassic.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
        stub.close();
    }

    private String nextId() {
        return "conv_bench_" + ids.incrementAndGet();
    }

    private String url(String id) {
        return base + "/v1/convai/conversations/" + id;
    }

    private Object viaCamel(org.apache.camel.Endpoint to) {
        String id = nextId();
        return answered(template.request(to, e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, id)))
                .getMessage().getBody();
    }

    private Object viaRoute(String route) {
        String id = nextId();
        return answered(template.request(route, e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, id)))
                .getMessage().getBody();
    }

    /** The component with synchronous=true, called straight from a producer template as the raw clients are. */
    @Benchmark
    public Object componentBlocking() {
        return viaCamel(blockingEndpoint);
    }

    /** The component with synchronous=false: the call holds no thread, the answer comes back on another one. */
    @Benchmark
    public Object componentNonBlocking() {
        return viaCamel(nonBlockingEndpoint);
    }

    /** The component with synchronous=true in a route, as the camel-http route is. */
    @Benchmark
    public Object componentBlockingRoute() {
        return viaRoute("direct:componentBlocking");
    }

    /** The component with synchronous=false in a route. */
    @Benchmark
    public Object componentNonBlockingRoute() {
        return viaRoute("direct:componentNonBlocking");
    }

    @Benchmark
    public Object camelHttpRoute() {
        String id = nextId();
        // camel-http hands over the answer as a stream: reading it is part of the call
        return answered(template.request("direct:camelHttp",
                e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, id))).getMessage()
                .getBody(String.class);
    }

    /** What the Camel engine costs: the fastest raw client in a processor, called through a direct: route. */
    @Benchmark
    public Object apacheHttpClientRoute() {
        return viaRoute("direct:apacheHttpClientInRoute");
    }

    @Benchmark
    public Object javaNetHttp() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(nextId()))).DELETE().header("xi-api-key", KEY)
                .header("Accept", "application/json").build();
        return javaNetHttp.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Benchmark
    public Object apacheHttpClient() throws Exception {
        HttpDelete delete = new HttpDelete(url(nextId()));
        delete.addHeader("xi-api-key", KEY);
        delete.addHeader("Accept", "application/json");
        return apacheHttp.execute(delete, response -> EntityUtils.toString(response.getEntity()));
    }

    /** The client under synchronous endpoints, HttpCore 5's blocking requester, called directly. */
    @Benchmark
    public Object httpCoreClassic() throws Exception {
        BasicClassicHttpRequest request = new BasicClassicHttpRequest("DELETE", stubHost,
                "/v1/convai/conversations/" + nextId());
        request.addHeader("xi-api-key", KEY);
        request.addHeader("Accept", "application/json");
        return httpCoreClassic.execute(stubHost, request, Timeout.ofSeconds(30), HttpCoreContext.create(),
                response -> {
                    if (response.getCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.getCode());
                    }
                    return EntityUtils.toString(response.getEntity());
                });
    }

    /** The component's own HTTP client, HttpCore 5's non-blocking requester, called directly and waited for. */
    @Benchmark
    public Object httpCoreAsync() throws Exception {
        BasicHttpRequest request = new BasicHttpRequest("DELETE", stubHost, "/v1/convai/conversations/" + nextId());
        request.addHeader("xi-api-key", KEY);
        request.addHeader("Accept", "application/json");
        Message<org.apache.hc.core5.http.HttpResponse, String> answer = httpCore.execute(new BasicRequestProducer(request, null),
                new BasicResponseConsumer<>(new StringAsyncEntityConsumer()), Timeout.ofSeconds(30), null).get();
        if (answer.getHead().getCode() != 200) {
            throw new IllegalStateException("The stub answered " + answer.getHead().getCode());
        }
        return answer.getBody();
    }

    /** A failed delete must fail the benchmark, not be counted as a fast one. */
    private static Exchange answered(Exchange exchange) {
        if (exchange.getException() != null) {
            throw new IllegalStateException(exchange.getException());
        }
        return exchange;
    }
}
