package io.github.camelelevenlabs.examples.kafka;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelelevenlabs.ConversationSummary;
import io.github.camelelevenlabs.examples.IncompleteErasureException;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;

/**
 * One round of a user's erasure in the Kafka pipeline. A round lists the first page of the user's conversations and
 * hands each conversation it has not tried yet back to the requests topic as a request of its own, followed by the
 * request for the next round, all under the same key, so that they reach the same partition in that order: the next
 * round lists again once this round's deletes are done. No request's work grows with the number of a user's
 * conversations, so that one poll stays within {@link PollBudget}; and listing from the first page each time finds
 * every conversation whatever the cursor does when conversations are deleted while paging.
 * <p>
 * The next round's request carries what the rounds learned: the conversations handed out last ({@code previous}; one
 * still listed was not deleted, and was audited as failed or already gone, so it is not tried again, and goes to
 * {@code skip}), how many were handed out in all ({@code found}) and how many rounds saw every conversation left,
 * their page not full, and still found some ({@code passes}). The erasure is complete when a round finds nothing to
 * try; it is incomplete ({@link IncompleteErasureException}) when conversations keep appearing after
 * {@code erasure.max-passes} such passes, or when a full first page holds only conversations that could not be
 * deleted. A round that is done twice (an instance died before committing it) hands out its requests twice: the
 * deletes are then audited as already gone.
 */
public final class UserErasureRound {

    /** The conversations a round lists: one page, the most ElevenLabs returns. */
    public static final int PAGE = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private UserErasureRound() {
    }

    /**
     * Plans the round whose request is {@code request} from the listing in the body.
     *
     * @param  exchange  its body the listing of the user's first page; the request is in the variable "erasureRequest"
     * @param  maxPasses {@code erasure.max-passes}
     * @return           the requests to send to the requests topic, the next round's last; empty when the erasure is
     *                   complete
     */
    @SuppressWarnings("unchecked")
    public static List<String> plan(Exchange exchange, int maxPasses) throws InvalidPayloadException,
            JsonProcessingException {
        Map<String, Object> request = exchange.getVariable("erasureRequest", Map.class);
        Iterator<ConversationSummary> listing = exchange.getMessage().getMandatoryBody(Iterator.class);
        String userId = (String) request.get("userId");
        Set<String> previous = ids(request.get("previous"));
        Set<String> skip = ids(request.get("skip"));
        long found = number(request.get("found"));
        long passes = number(request.get("passes"));
        long round = number(request.get("round")) + 1;

        List<String> listed = new ArrayList<>();
        while (listing.hasNext() && listed.size() < PAGE) {
            listed.add(listing.next().getConversationId());
        }
        List<String> toTry = new ArrayList<>();
        for (String id : listed) {
            if (previous.contains(id)) {
                skip.add(id);
            } else if (!skip.contains(id)) {
                toTry.add(id);
            }
        }
        boolean fullPage = listed.size() >= PAGE;
        exchange.setVariable("erasureRound", round);
        exchange.setVariable("erasureFound", found);
        if (toTry.isEmpty()) {
            if (fullPage) {
                throw incomplete(found, passes, listed.size(), "a full first page of conversations that could not"
                                                               + " be deleted");
            }
            return List.of();
        }
        if (!fullPage && ++passes > maxPasses) {
            throw incomplete(found, passes - 1, toTry.size(), null);
        }
        List<String> requests = new ArrayList<>(toTry.size() + 1);
        for (String id : toTry) {
            Map<String, Object> conversation = new LinkedHashMap<>();
            conversation.put("conversationId", id);
            conversation.put("userId", userId);
            requests.add(JSON.writeValueAsString(conversation));
        }
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("userId", userId);
        next.put("round", round);
        next.put("found", found + toTry.size());
        next.put("passes", passes);
        next.put("previous", toTry);
        next.put("skip", skip);
        requests.add(JSON.writeValueAsString(next));
        return requests;
    }

    private static IncompleteErasureException incomplete(long found, long passes, long remaining, String why) {
        Map<String, Long> summary = new LinkedHashMap<>();
        summary.put("found", found);
        summary.put("passes", passes);
        summary.put("remaining", remaining);
        return why == null ? new IncompleteErasureException(summary) : new IncompleteErasureException(summary, why);
    }

    private static Set<String> ids(Object list) {
        Set<String> ids = new LinkedHashSet<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof String id) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static long number(Object value) {
        return value instanceof Number number ? Math.max(0, number.longValue()) : 0;
    }
}
