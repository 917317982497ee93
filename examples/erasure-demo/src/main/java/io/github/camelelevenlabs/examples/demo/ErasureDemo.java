package io.github.camelelevenlabs.examples.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.camelelevenlabs.ElevenLabsConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The Quick start demo: a Camel route erases conversations through the elevenlabs component and accounts for each.
 * <p>
 * {@code main} deletes, on the real API with the key in {@code ELEVENLABS_API_KEY}, exactly the conversation ids named
 * on the command line and nothing else: {@code [--region eu] conv_id ...}. {@code FakeErasureDemo}, in the tests, runs
 * the same route against the fake ElevenLabs API on loopback, seeded with sample conversations: no key, no network.
 */
public final class ErasureDemo {

    /** What happened to one erasure request. */
    public record Outcome(String conversationId, boolean deleted, String detail) {
    }

    private ErasureDemo() {
    }

    /**
     * Deletes the conversations named on the real API: {@code [--region eu] conv_id ...}. Exits with 0 when every one
     * was deleted, 1 when any could not be, 2 when none was named, so that a script can tell.
     */
    public static void main(String[] args) throws Exception {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        PrintStream out = System.out;
        String region = "default";
        int regionAt = arguments.indexOf("--region");
        if (regionAt >= 0 && regionAt + 1 < arguments.size()) {
            region = arguments.remove(regionAt + 1);
            arguments.remove(regionAt);
        }
        if (arguments.isEmpty()) {
            out.println("The demo deletes only the conversation ids you name: ErasureDemo [--region eu] conv_...");
            return 2;
        }
        out.println("Deleting " + arguments.size() + " named conversation(s) on the real ElevenLabs API, region "
                    + region);
        List<Outcome> outcomes = erase("elevenlabs:conversations?operation=delete&region=" + region, arguments);
        print(out, outcomes);
        return outcomes.stream().allMatch(Outcome::deleted) ? 0 : 1;
    }

    /**
     * Runs the erasure route over the ids: each is deleted, or lands in the dead letter channel with the reason.
     *
     * @param  endpoint the elevenlabs endpoint URI to delete with
     * @param  ids      the conversation ids, in order
     * @return          one outcome per id, in order
     */
    public static List<Outcome> erase(String endpoint, List<String> ids) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    errorHandler(deadLetterChannel("direct:dead-letters").useOriginalBody());
                    from("direct:erasure-requests").routeId("erase-conversation")
                            .setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                            .to(endpoint)
                            .process(e -> outcomes.add(new Outcome(
                                    e.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID, String.class), true,
                                    "deleted (HTTP " + e.getMessage().getHeader(ElevenLabsConstants.HTTP_RESPONSE_CODE)
                                            + ", request-id "
                                            + e.getMessage().getHeader(ElevenLabsConstants.REQUEST_ID) + ")")));
                    from("direct:dead-letters").routeId("dead-letters")
                            .process(e -> {
                                Exception cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                                Object attempts = e.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS);
                                outcomes.add(new Outcome(e.getMessage().getBody(String.class), false,
                                        "dead-lettered after " + (attempts == null ? 0 : attempts) + " request(s): "
                                                                                                 + cause.getClass().getSimpleName() + ": "
                                                                                                 + cause.getMessage()));
                            });
                }
            });
            context.start();
            for (String id : ids) {
                context.createProducerTemplate().sendBody("direct:erasure-requests", id);
            }
        }
        return outcomes;
    }

    /** Prints each outcome and the tally. */
    public static void print(PrintStream out, List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            out.println("  " + (outcome.deleted() ? "DELETED " : "FAILED  ") + outcome.conversationId() + "  "
                        + outcome.detail());
        }
        long deleted = outcomes.stream().filter(Outcome::deleted).count();
        out.println(deleted + " deleted, " + (outcomes.size() - deleted) + " in the dead letter channel");
    }
}
