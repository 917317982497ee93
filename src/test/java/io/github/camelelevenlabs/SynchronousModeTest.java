package io.github.camelelevenlabs;

import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code synchronous=true}: for routes that need their thread after the call (a transaction, MDC, thread-bound
 * context), the calling thread waits for the answer and continues the route; by default the route continues on the
 * component's threads.
 */
class SynchronousModeTest extends FakeElevenLabsTestSupport {

    private static final ThreadLocal<String> CONTEXT = new ThreadLocal<>();

    @Test
    void aSynchronousEndpointContinuesTheRouteOnTheCallingThreadWithItsContext() throws Exception {
        fake.addConversations("conv_1");
        AtomicReference<Thread> after = new AtomicReference<>();
        AtomicReference<String> contextAfter = new AtomicReference<>();
        CamelContext context = camel(route(deleteOnFake("synchronous=true"), after, contextAfter));

        CONTEXT.set("tx-42");
        try {
            Exchange exchange = deleteVia(context, "direct:erase", "conv_1");

            assertThat(exchange.getException()).isNull();
            assertThat(after.get()).isSameAs(Thread.currentThread());
            assertThat(contextAfter.get()).isEqualTo("tx-42");
            assertThat(fake.hasConversation("conv_1")).isFalse();
        } finally {
            CONTEXT.remove();
        }
    }

    @Test
    void byDefaultTheRouteContinuesOnTheComponentsThreadsNotTheCallers() throws Exception {
        fake.addConversations("conv_1");
        AtomicReference<Thread> after = new AtomicReference<>();
        CamelContext context = camel(route(deleteOnFake(), after, new AtomicReference<>()));

        deleteVia(context, "direct:erase", "conv_1");

        assertThat(after.get()).isNotSameAs(Thread.currentThread());
        assertThat(after.get().getName()).contains("ElevenLabsCallbacks");
    }

    @Test
    void aSynchronousEndpointRetriesAndFailsWithTheSameTypedExceptions() throws Exception {
        CamelContext context = camel(route(deleteOnFake("synchronous=true", "maxRetries=1", "initialRetryDelay=10"),
                new AtomicReference<>(), new AtomicReference<>()));

        Exchange exchange = deleteVia(context, "direct:erase", "conv_never_existed");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsNotFoundException.class);
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS)).isEqualTo(1);
    }

    private static RouteBuilder route(String uri, AtomicReference<Thread> after, AtomicReference<String> contextAfter) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase").to(uri).process(exchange -> {
                    after.set(Thread.currentThread());
                    contextAfter.set(CONTEXT.get());
                });
            }
        };
    }
}
