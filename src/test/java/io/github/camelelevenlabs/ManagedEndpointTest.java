package io.github.camelelevenlabs;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator of a bulk erasure reads in JMX (with camel-management, as users add it): each endpoint's MBean has
 * its deletes by outcome, retries, 429s by kind, calls waiting and in flight, and the account's plan, read here
 * through the platform MBean server as JConsole or a JMX exporter reads them.
 */
class ManagedEndpointTest extends FakeElevenLabsTestSupport {

    private static final MBeanServer JMX = ManagementFactory.getPlatformMBeanServer();
    private static String jmxDisabled;

    @BeforeAll
    static void jmxOn() {
        // the build turns JMX off for the other tests' contexts
        jmxDisabled = System.clearProperty("org.apache.camel.jmx.disabled");
    }

    @AfterAll
    static void jmxAsItWas() {
        if (jmxDisabled != null) {
            System.setProperty("org.apache.camel.jmx.disabled", jmxDisabled);
        }
    }

    private static ObjectName endpointMBean(CamelContext context, String option) throws Exception {
        Set<ObjectName> names = JMX.queryNames(new ObjectName("org.apache.camel:context=" + context.getManagementName()
                                                              + ",type=endpoints,name=*"), null);
        return names.stream().filter(name -> name.getKeyProperty("name").contains("elevenlabs")
                                             && name.getKeyProperty("name").contains(option))
                .findFirst().orElseThrow(() -> new AssertionError("no elevenlabs endpoint MBean among " + names));
    }

    private static Object read(ObjectName mbean, String attribute) throws Exception {
        return JMX.getAttribute(mbean, attribute);
    }

    @Test
    void deletesAreCountedByOutcomeWithTheirRetriesAndRefusalsAndThePlanLearned() throws Exception {
        fake.addConversations("conv_1", "conv_2", "conv_retried", "conv_over_plan", "conv_rate_limited");
        fake.stubFor(delete(urlPathEqualTo("/v1/convai/conversations/conv_retried")).atPriority(1)
                .inScenario("retried").whenScenarioStateIs(STARTED).willSetStateTo("once")
                .willReturn(json(503, "{\"detail\":{\"status\":\"busy\"}}")));
        fake.stubFor(delete(urlPathEqualTo("/v1/convai/conversations/conv_over_plan")).atPriority(1)
                .inScenario("over plan").whenScenarioStateIs(STARTED).willSetStateTo("once")
                .willReturn(json(429, "{\"detail\":{\"status\":\"concurrent_limit_exceeded\"}}")));
        fake.stubFor(delete(urlPathEqualTo("/v1/convai/conversations/conv_rate_limited")).atPriority(1)
                .inScenario("rate").whenScenarioStateIs(STARTED).willSetStateTo("once")
                .willReturn(json(429, "{\"detail\":{\"status\":\"rate_limit_exceeded\"}}").withHeader("Retry-After", "0")));
        fake.stubFor(delete(urlPathEqualTo("/v1/convai/conversations/conv_locked")).atPriority(1)
                .willReturn(json(422, "{\"detail\":[{\"loc\":[\"path\",\"conversation_id\"],\"msg\":\"locked\","
                                      + "\"type\":\"value_error\"}]}")));
        String uri = deleteOnFake("ignoreNotFound=true", "initialRetryDelay=10");
        CamelContext context = camel(routeTo(uri));
        ObjectName mbean = endpointMBean(context, "ignoreNotFound");
        assertThat(read(mbean, "PlanLimit")).as("before the endpoint is used").isIn(0, 4);

        for (Object id : new Object[] { "conv_1", "conv_2", "conv_retried", "conv_over_plan", "conv_rate_limited",
                                        "conv_gone", "conv_locked", " " }) {
            deleteVia(context, "direct:erase", id);
        }

        assertThat(read(mbean, "DeletesDeleted")).isEqualTo(5L);
        assertThat(read(mbean, "DeletesAlreadyGone")).isEqualTo(1L);
        assertThat(read(mbean, "DeletesFailed")).as("the 422 and the blank id").isEqualTo(2L);
        assertThat(read(mbean, "DeletesDryRun")).isEqualTo(0L);
        assertThat(read(mbean, "Retries")).as("the 503 and the rate limit").isEqualTo(2L);
        assertThat(read(mbean, "RefusedOverPlan")).isEqualTo(1L);
        assertThat(read(mbean, "RefusedOverRateLimit")).isEqualTo(1L);
        assertThat(read(mbean, "PlanLimit")).as("as the fake reports it").isEqualTo(30);
        assertThat(read(mbean, "RequestsInFlight")).isEqualTo(0);
        assertThat(read(mbean, "CallsWaiting")).isEqualTo(0);
    }

    @Test
    void noMBeanNameOrAttributeShowsTheKeyGivenInTheUri() throws Exception {
        CamelContext context = camel(routeTo(deleteOnFake("apiKey=RAW(" + KEY + ")")));
        fake.addConversations("conv_1");
        deleteVia(context, "direct:erase", "conv_1");

        for (ObjectName name : JMX.queryNames(new ObjectName("org.apache.camel:context="
                                                              + context.getManagementName() + ",*"), null)) {
            assertThat(name.toString()).doesNotContain(KEY);
            for (var attribute : JMX.getMBeanInfo(name).getAttributes()) {
                Object value;
                try {
                    value = JMX.getAttribute(name, attribute.getName());
                } catch (Exception unreadable) {
                    continue;
                }
                assertThat(String.valueOf(value)).as(name + " " + attribute.getName()).doesNotContain(KEY);
            }
        }
    }

    @Test
    void aDryRunIsCountedApartAndNothingElse() throws Exception {
        CamelContext context = camel(routeTo(deleteOnFake("dryRun=true")));

        deleteVia(context, "direct:erase", "conv_1");

        ObjectName mbean = endpointMBean(context, "dryRun");
        assertThat(read(mbean, "DeletesDryRun")).isEqualTo(1L);
        assertThat(read(mbean, "DeletesDeleted")).isEqualTo(0L);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void callsInFlightAndWaitingShowWhileTheyLast() throws Exception {
        fake.addConversations("conv_a", "conv_b", "conv_c");
        fake.processFor(1_500);
        String uri = deleteOnFake("maxConcurrentRequests=1", "synchronous=false");
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase").to(uri);
            }
        });
        ProducerTemplate template = context.createProducerTemplate();
        ObjectName mbean = endpointMBean(context, "maxConcurrentRequests");

        CompletableFuture<Exchange> a = template.asyncSend("direct:erase",
                e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_a"));
        CompletableFuture<Exchange> b = template.asyncSend("direct:erase",
                e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_b"));
        CompletableFuture<Exchange> c = template.asyncSend("direct:erase",
                e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_c"));

        await("one in flight, two waiting", () -> {
            try {
                return read(mbean, "RequestsInFlight").equals(1) && read(mbean, "CallsWaiting").equals(2);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(read(mbean, "PlanRequestsInFlight")).isEqualTo(1);
        CompletableFuture.allOf(a, b, c).get(30, TimeUnit.SECONDS);
        assertThat(read(mbean, "RequestsInFlight")).isEqualTo(0);
        assertThat(read(mbean, "CallsWaiting")).isEqualTo(0);
        assertThat(read(mbean, "DeletesDeleted")).isEqualTo(3L);
    }
}
