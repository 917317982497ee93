package io.github.camelelevenlabs.benchmarks;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelelevenlabs.ElevenLabsComponent;
import io.github.camelelevenlabs.ElevenLabsConstants;
import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every measurement of docs/benchmarks.md in one go and prints its tables (also written to
 * target/benchmarks.md): JMH throughput, latency and allocation of every client at 1 and 8 threads with their
 * ratios; then the non-blocking check, the memory of a 100,000-id streaming split, and the start-up cost.
 */
public final class Benchmarks {

    private static final String[] CLIENTS = {
            "componentBlocking", "componentBlockingRoute", "componentNonBlocking", "componentNonBlockingRoute",
            "camelHttpRoute", "apacheHttpClientRoute", "javaNetHttp", "apacheHttpClient", "httpCoreAsync",
            "httpCoreClassic" };

    /** -Dbenchmarks.quick=true: a short run that checks the wiring; its numbers mean nothing. */
    private static final boolean QUICK = Boolean.getBoolean("benchmarks.quick");

    /** -Dbenchmarks.include=regex: only these JMH benchmarks, and none of the other measurements. */
    private static final String INCLUDE = System.getProperty("benchmarks.include", "");

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder report = new StringBuilder();
        report.append("Measured ").append(LocalDate.now()).append(" on ").append(machine()).append("\n\n");
        for (int threads : new int[] { 1, 8 }) {
            report.append(jmh(threads)).append('\n');
        }
        if (INCLUDE.isEmpty()) {
            report.append(withinThePlan()).append('\n');
            report.append(nonBlocking()).append('\n');
            report.append(flatMemory()).append('\n');
            report.append(startup()).append('\n');
        }
        System.out.println();
        System.out.println(report);
        Path out = Path.of("target", "benchmarks.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + " ("
               + System.getProperty("java.vm.name") + "), " + System.getProperty("os.name") + " "
               + System.getProperty("os.arch");
    }

    private static String jmh(int threads) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(DeleteBenchmark.class.getName() + "\\.(" + (INCLUDE.isEmpty() ? ".*" : INCLUDE) + ")$")
                .threads(threads).forks(1)
                .warmupIterations(QUICK ? 1 : 3).warmupTime(TimeValue.seconds(QUICK ? 1 : 2))
                .measurementIterations(QUICK ? 1 : 4).measurementTime(TimeValue.seconds(QUICK ? 1 : 2))
                .mode(Mode.Throughput).mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .jvmArgs("-Xmx1g", "-Dsun.net.httpserver.nodelay=true", "-Dsun.net.httpserver.maxIdleConnections=5000",
                        "-Dsun.net.httpserver.idleInterval=600")
                .addProfiler(GCProfiler.class);
        Collection<RunResult> results = new Runner(options.build()).run();

        Map<String, double[]> rows = new LinkedHashMap<>();
        for (String client : CLIENTS) {
            rows.put(client, new double[4]);
        }
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double[] row = rows.get(name.substring(name.lastIndexOf('.') + 1));
            Result<?> primary = result.getPrimaryResult();
            if (result.getParams().getMode() == Mode.Throughput) {
                // ops/us to ops/s
                row[0] = primary.getScore() * 1_000_000d;
                for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
                    if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                        row[3] = secondary.getValue().getScore();
                    }
                }
            } else {
                row[1] = primary.getStatistics().getPercentile(50);
                row[2] = primary.getStatistics().getPercentile(99);
            }
        }
        double camelHttp = rows.get("camelHttpRoute")[0];
        double fastestRaw = Math.max(rows.get("javaNetHttp")[0], rows.get("apacheHttpClient")[0]);
        double rawInRoute = rows.get("apacheHttpClientRoute")[0];
        // synchronous=true calls through the blocking client, synchronous=false through the non-blocking one
        double underlying = rows.get("httpCoreAsync")[0];
        double underlyingBlocking = rows.get("httpCoreClassic")[0];
        StringBuilder table = new StringBuilder();
        table.append("### ").append(threads).append(threads == 1 ? " calling thread" : " calling threads").append("\n\n");
        table.append("| client | deletes/s | p50 µs | p99 µs | bytes/delete | vs camel-http | vs fastest raw"
                     + " | vs raw in a route | vs its own HTTP client |\n");
        table.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, double[]> row : rows.entrySet()) {
            double[] r = row.getValue();
            if (r[0] == 0) {
                continue;
            }
            boolean blocking = row.getKey().startsWith("componentBlocking") || row.getKey().equals("httpCoreClassic");
            table.append(String.format(Locale.ROOT, "| %s | %,.0f | %.0f | %.0f | %,.0f | %s | %s | %s | %s |%n",
                    row.getKey(), r[0], r[1], r[2], r[3], ratio(r[0], camelHttp), ratio(r[0], fastestRaw),
                    ratio(r[0], rawInRoute), ratio(r[0], blocking ? underlyingBlocking : underlying)));
        }
        return table.toString();
    }

    private static String ratio(double value, double base) {
        return base == 0 ? "" : String.format(Locale.ROOT, "%.2fx", value / base);
    }

    /**
     * Defaults against a plan of 4: a parallel split of 600 ids over 16 threads, each delete taking 40 ms at the fake
     * ElevenLabs API, which refuses requests over the plan as the real one does. The plan allows no faster than
     * 600 x 40 ms / 4 = 6.0 s.
     */
    private static String withinThePlan() throws Exception {
        StringBuilder table = new StringBuilder("### Within the plan, by default\n\n"
                + "| transport | wall ms | vs the plan's limit (6,000 ms) | refused by the plan | failed |\n"
                + "|---|---|---|---|---|\n");
        try (FakeElevenLabs fake = new FakeElevenLabs().start()) {
            for (String transport : new String[] { "synchronous=true", "synchronous=false" }) {
                fake.reset();
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 600; i++) {
                    ids.add("conv_plan_" + i);
                }
                fake.addConversations(ids);
                fake.limitConcurrency(4);
                fake.processFor(40);
                AtomicLong failed = new AtomicLong();
                try (CamelContext camel = new DefaultCamelContext()) {
                    ElevenLabsComponent component = new ElevenLabsComponent();
                    component.setApiKey(FakeElevenLabs.API_KEY);
                    camel.addComponent("elevenlabs", component);
                    String uri = "elevenlabs:conversations?operation=delete&" + transport + "&baseUrl=" + fake.baseUrl();
                    camel.addRoutes(new RouteBuilder() {
                        @Override
                        public void configure() {
                            from("direct:erase-all").split(body()).parallelProcessing()
                                    .executorService(getContext().getExecutorServiceManager()
                                            .newFixedThreadPool(this, "erasure", 16))
                                    .setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                                    .doTry().to(uri).doCatch(Exception.class).process(e -> failed.incrementAndGet())
                                    .end();
                        }
                    });
                    camel.start();
                    long start = System.nanoTime();
                    camel.createProducerTemplate().sendBody("direct:erase-all", ids);
                    double millis = (System.nanoTime() - start) / 1e6;
                    table.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2fx | %d | %d |%n", transport, millis,
                            millis / 6_000d, fake.concurrencyRejections(), failed.get()));
                }
            }
        }
        return table.toString();
    }

    /** 1,000 deletes started at once, with synchronous=false, on a plan of 30 whose answers take 200 ms. */
    private static String nonBlocking() throws Exception {
        int count = 1_000;
        int plan = 30;
        try (StubServer stub = new StubServer(200, plan); CamelContext camel = new DefaultCamelContext()) {
            ElevenLabsComponent component = new ElevenLabsComponent();
            component.setApiKey("sk_bench_0000000000000000");
            camel.addComponent("elevenlabs", component);
            camel.start();
            AsyncProducer producer = camel.getEndpoint("elevenlabs:conversations?operation=delete&synchronous=false"
                                                       + "&baseUrl=" + stub.baseUrl()).createAsyncProducer();
            producer.start();
            int threadsBefore = componentThreads();
            String result = burst(camel, producer, count);
            int threads = componentThreads();
            producer.stop();
            return String.format(Locale.ROOT, "### Many exchanges waiting, synchronous=false%n%n%d deletes sent at"
                                              + " once from one thread with the producer's async API, on a plan of %d"
                                              + " whose answers take 200 ms (no faster than %.1f s): %s. Threads of"
                                              + " the component and its client: %d (%d before).%n",
                    count, plan, Math.ceil(count / (double) plan) * 0.2, result, threads, threadsBefore);
        }
    }

    private static String burst(CamelContext camel, AsyncProducer producer, int count) throws Exception {
        CountDownLatch done = new CountDownLatch(count);
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_" + i);
            producer.process(exchange, doneSync -> {
                if (exchange.getException() != null) {
                    failures.incrementAndGet();
                }
                done.countDown();
            });
        }
        long submitted = System.nanoTime();
        done.await(30, TimeUnit.SECONDS);
        long wall = System.nanoTime() - start;
        return String.format(Locale.ROOT, "all submitted in %.0f ms, all done in %.0f ms wall, %d failed",
                (submitted - start) / 1e6, wall / 1e6, failures.get());
    }

    private static int componentThreads() {
        int threads = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            if (name.contains("requester-dispatch") || name.contains("ElevenLabs")) {
                threads++;
            }
        }
        return threads;
    }

    /** Deletes through a streaming split of a file of ids, at three sizes, sampling the heap. */
    private static String flatMemory() throws Exception {
        StringBuilder table = new StringBuilder("### Streaming split of a file of ids\n\n"
                                                + "| ids | wall s | deletes/s | peak heap used MiB |\n|---|---|---|---|\n");
        try (StubServer stub = new StubServer(0, DeleteBenchmark.PLAN)) {
            for (int count : QUICK ? new int[] { 1_000, 10_000 } : new int[] { 1_000, 10_000, 100_000 }) {
                Path ids = Files.createTempFile("ids", ".txt");
                try (BufferedWriter writer = Files.newBufferedWriter(ids)) {
                    for (int i = 0; i < count; i++) {
                        writer.write(String.format("conv_%028d%n", i));
                    }
                }
                try (CamelContext camel = new DefaultCamelContext()) {
                    ElevenLabsComponent component = new ElevenLabsComponent();
                    component.setApiKey("sk_bench_0000000000000000");
                    camel.addComponent("elevenlabs", component);
                    String base = stub.baseUrl();
                    camel.addRoutes(new RouteBuilder() {
                        @Override
                        public void configure() {
                            from("direct:bulk").split(body().tokenize("\n")).streaming()
                                    .setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                                    .to("elevenlabs:conversations?operation=delete&baseUrl=" + base);
                        }
                    });
                    camel.start();
                    System.gc();
                    HeapSampler sampler = new HeapSampler();
                    sampler.start();
                    long start = System.nanoTime();
                    camel.createProducerTemplate().sendBody("direct:bulk", ids.toFile());
                    double seconds = (System.nanoTime() - start) / 1e9;
                    sampler.stopSampling();
                    table.append(String.format(Locale.ROOT, "| %,d | %.2f | %,.0f | %.0f |%n", count, seconds,
                            count / seconds, sampler.peak / 1024d / 1024d));
                } finally {
                    Files.delete(ids);
                }
            }
        }
        return table.append("\nHeap limit of the run: ").append(Runtime.getRuntime().maxMemory() / 1024 / 1024)
                .append(" MiB\n").toString();
    }

    /** Samples the heap in use every 5 ms. */
    private static final class HeapSampler extends Thread {
        private volatile boolean sampling = true;
        private long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            List<MemoryPoolMXBean> pools = new ArrayList<>();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pools.add(pool);
                }
            }
            while (sampling) {
                long used = 0;
                for (MemoryPoolMXBean pool : pools) {
                    used += pool.getUsage().getUsed();
                }
                peak = Math.max(peak, used);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() throws InterruptedException {
            sampling = false;
            join();
        }
    }

    /** What adding the component to a CamelContext costs: endpoint creation and producer start. */
    private static String startup() throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            try (CamelContext camel = new DefaultCamelContext()) {
                camel.start();
                long start = System.nanoTime();
                ElevenLabsComponent component = new ElevenLabsComponent();
                component.setApiKey("sk_bench_0000000000000000");
                camel.addComponent("elevenlabs", component);
                AsyncProducer producer = camel.getEndpoint(
                        "elevenlabs:conversations?operation=delete&region=eu&maxRetries=1&requestTimeout=30s")
                        .createAsyncProducer();
                producer.start();
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        double first = millis.get(0);
        List<Double> warm = new ArrayList<>(millis.subList(1, millis.size()));
        warm.sort(Double::compare);
        return String.format(Locale.ROOT, "### Start-up%n%nAdding the component to a started CamelContext, creating"
                                          + " an endpoint with four options and starting its producer (HTTP client"
                                          + " included): %.1f ms the first time in the JVM (class loading), %.2f ms"
                                          + " median of the next 20. Options are set by the generated configurers.%n",
                first, warm.get(warm.size() / 2));
    }
}
