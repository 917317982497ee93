package io.github.camelelevenlabs.examples;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.camelelevenlabs.ConversationSummary;
import io.github.camelelevenlabs.ElevenLabsConstants;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;

/**
 * One erasure (a user's conversations, a retention run) as passes of "list, then delete what was listed", repeated
 * until a listing finds nothing left to try.
 * <p>
 * ElevenLabs does not document how its list cursor behaves when conversations are deleted while paging. If the cursor
 * names an offset, every delete shifts the rest down and the next page starts past conversations never returned: one
 * pass over a user's 250 conversations in pages of 100 found 151, deleted them, and said nothing of the 99 left. So an
 * erasure lists again after each pass:
 * <ul>
 * <li>a pass tries each conversation its listing finds that this erasure has not tried yet; one it could not delete
 * (failed, or already gone yet still listed) is audited once, and skipped by later passes;</li>
 * <li>the erasure is complete when a listing finds nothing to try; a dry run makes one pass, since listing again
 * would find the same conversations;</li>
 * <li>after {@code erasure.max-passes} passes (default {@value #DEFAULT_MAX_PASSES}) that each found some, one more
 * listing counts what is left, deleting nothing: the summary says how many remain, and {@link #complete} fails the
 * exchange with an {@link IncompleteErasureException}.</li>
 * </ul>
 * The summary sums every pass: {@code found, deleted, already-gone, failed, would-delete}, with {@code passes} and
 * {@code remaining}. Nothing is deleted twice: a conversation deleted in one pass is not listed by the next.
 * <p>
 * Used as a bean by the Java and the YAML routes alike, which keep it in the exchange property {@value #PROPERTY}:
 * {@link #start} it, loop while {@link #another}, split each listing through {@link #unattempted}, {@link #count}
 * each conversation's outcome ({@link ErasureAudit#OUTCOME}) once audited, then take the {@link #summary} and
 * {@link #complete}.
 */
public final class ErasurePasses {

    /** The exchange property that holds the erasure's passes, from {@link #start} on. */
    public static final String PROPERTY = "ErasurePasses";

    /** How many passes an erasure makes at most, unless {@code erasure.max-passes} says otherwise. */
    public static final int DEFAULT_MAX_PASSES = 5;

    private final int maxPasses;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    /** Only those not deleted: a deleted conversation is not listed again, and an erasure may delete millions. */
    private final Set<String> triedNotDeleted = new HashSet<>();
    private int passes;
    private long foundThisPass;
    private boolean dryRun;
    /** The listing after the last pass, which counts what is left and deletes nothing. */
    private boolean counting;
    private long remaining;

    private ErasurePasses(int maxPasses) {
        this.maxPasses = maxPasses;
        for (String outcome : new String[] { "found", "deleted", "already-gone", "failed", "would-delete" }) {
            counts.put(outcome, 0L);
        }
    }

    /**
     * @param  maxPasses how many passes may list and delete, at least 1
     * @return           a new erasure, for the exchange property {@value #PROPERTY}
     */
    public static ErasurePasses start(int maxPasses) {
        if (maxPasses < 1) {
            throw new IllegalArgumentException("erasure.max-passes must be at least 1, not " + maxPasses);
        }
        return new ErasurePasses(maxPasses);
    }

    /** @return whether to list (again): the loop's condition */
    public static boolean another(Exchange exchange) {
        return of(exchange).another();
    }

    /**
     * @return the conversations of the listing in the body that this erasure has not tried yet, fetched as they are
     *         iterated; none after the last pass, whose listing is only counted
     */
    @SuppressWarnings("unchecked")
    public static Iterator<ConversationSummary> unattempted(Exchange exchange) throws InvalidPayloadException {
        Iterator<ConversationSummary> listing = exchange.getMessage().getMandatoryBody(Iterator.class);
        return of(exchange).pass(listing);
    }

    /** Counts the outcome of one conversation of the pass, from the header {@link ErasureAudit#OUTCOME}. */
    public static void count(Exchange exchange) {
        of(exchange).counted(exchange.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID, String.class),
                exchange.getMessage().getHeader(ErasureAudit.OUTCOME, "failed", String.class));
    }

    /** @return the summary of every pass: found, deleted, already-gone, failed, would-delete, passes, remaining */
    public static Map<String, Long> summary(Exchange exchange) {
        return of(exchange).summary();
    }

    /** @throws IncompleteErasureException when the passes ran out with conversations left */
    public static void complete(Exchange exchange) {
        Map<String, Long> summary = of(exchange).summary();
        if (summary.get("remaining") > 0) {
            throw new IncompleteErasureException(summary);
        }
    }

    private static ErasurePasses of(Exchange exchange) {
        ErasurePasses passes = exchange.getProperty(PROPERTY, ErasurePasses.class);
        if (passes == null) {
            throw new IllegalStateException("No erasure started: set the exchange property " + PROPERTY
                                            + " to ErasurePasses.start(maxPasses) first");
        }
        return passes;
    }

    private synchronized boolean another() {
        if (passes == 0) {
            return true;
        }
        if (counting || foundThisPass == 0 || dryRun) {
            return false;
        }
        counting = passes == maxPasses;
        return true;
    }

    private synchronized Iterator<ConversationSummary> pass(Iterator<ConversationSummary> listing) {
        Stream<ConversationSummary> untried = StreamSupport
                .stream(Spliterators.spliteratorUnknownSize(listing, Spliterator.ORDERED), false)
                .filter(conversation -> !tried(conversation.getConversationId()));
        if (counting) {
            remaining = untried.count();
            return Collections.emptyIterator();
        }
        passes++;
        foundThisPass = 0;
        return untried.iterator();
    }

    private synchronized boolean tried(String conversationId) {
        return triedNotDeleted.contains(conversationId);
    }

    private synchronized void counted(String conversationId, String outcome) {
        foundThisPass++;
        counts.merge("found", 1L, Long::sum);
        counts.merge(outcome, 1L, Long::sum);
        if (outcome.equals("would-delete")) {
            dryRun = true;
        } else if (!outcome.equals("deleted")) {
            triedNotDeleted.add(conversationId);
        }
    }

    private synchronized Map<String, Long> summary() {
        Map<String, Long> summary = new LinkedHashMap<>(counts);
        summary.put("passes", (long) passes);
        summary.put("remaining", remaining);
        return summary;
    }
}
