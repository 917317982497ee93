package io.github.camelelevenlabs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelelevenlabs.client.ServerText;

/**
 * The conversations a list found, fetched page by page as they are iterated: a streaming split over a million
 * conversations holds one page at a time. It follows {@code next_cursor} until {@code has_more} is false or
 * {@code maxResults} is reached. It can be iterated once. A page that cannot be fetched ends the iteration with a
 * {@link ConversationListingException} whose cause is the typed failure; so does a server that would have it go round
 * for ever: one that answers a page with a cursor already followed, or {@value #MAX_EMPTY_PAGES} pages in a row that
 * have no conversation yet claim more. (A server that keeps inventing new cursors for pages of conversations can only
 * be bounded by {@code maxResults}.) A cursor over {@value #MAX_CURSOR_LENGTH} characters, or with a control
 * character, is refused, and so is a page that claims more but gives no cursor. Once a listing has failed, it says the
 * same failure again and fetches nothing more.
 */
final class ConversationListing implements Iterator<ConversationSummary> {

    /**
     * One page as ElevenLabs answered it, bound by Jackson. A cursor that cannot be followed safely is refused; more
     * pages claimed without a cursor end the listing when they are needed (see {@link #hasNext}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<ConversationSummary> conversations, boolean hasMore, String nextCursor) {

        private static final ObjectMapper JSON = new ObjectMapper();

        @JsonCreator
        Page(@JsonProperty("conversations") List<ConversationSummary> conversations,
             @JsonProperty("has_more") Boolean hasMore, @JsonProperty("next_cursor") String nextCursor) {
            this(conversations == null ? List.of() : List.copyOf(conversations), Boolean.TRUE.equals(hasMore),
                    nextCursor);
        }

        /**
         * @param  json                         the answer as parsed JSON: a map
         * @throws ConversationListingException when the answer is not a page that can be followed, saying why in
         *                                      the words shown for server text
         */
        static Page of(Object json) {
            if (!(json instanceof Map<?, ?>)) {
                throw new ConversationListingException("The list answer is not a JSON object", null);
            }
            Page page;
            try {
                page = JSON.convertValue(json, Page.class);
            } catch (IllegalArgumentException unreadable) {
                // Jackson's message quotes what the server sent
                throw new ConversationListingException("The list answer is not a page of conversations: "
                                                       + ServerText.shown(unreadable.getMessage()), null);
            }
            checkCursor(page.nextCursor());
            return page;
        }

        private static void checkCursor(String nextCursor) {
            if (nextCursor != null && (nextCursor.length() > MAX_CURSOR_LENGTH
                                       || nextCursor.chars().anyMatch(Character::isISOControl))) {
                // it goes into the next request's URL, and so into messages and logs
                throw new ConversationListingException("The list answer's next_cursor is "
                                                       + (nextCursor.length() > MAX_CURSOR_LENGTH
                                                               ? nextCursor.length() + " characters long (at most "
                                                                 + MAX_CURSOR_LENGTH + " are followed)"
                                                               : "not text that can be sent (a control character)"),
                        null);
            }
        }
    }

    /** The most pages in a row that may have no conversation yet claim more, before the listing gives up. */
    static final int MAX_EMPTY_PAGES = 100;
    /** The longest cursor that is followed: real ones are short, and each goes into a URL. */
    static final int MAX_CURSOR_LENGTH = 1024;

    private final Function<String, Page> nextPage;
    private final long maxResults;
    private final Deque<ConversationSummary> current = new ArrayDeque<>();
    private String nextCursor;
    private boolean hasMore;
    private long returned;
    private int pages = 1;
    private int emptyPagesInARow;
    /** Why the listing ended early, once it has: every later call says it again. */
    private ConversationListingException failure;
    /** Every cursor followed: a server that leads back to one would have the listing go round for ever. */
    private final Set<String> followed = new HashSet<>();

    /**
     * @param first      the first page, already fetched
     * @param nextPage   fetches the page after a cursor; throws {@link ConversationListingException}
     * @param maxResults the most conversations to return; 0 or less for all
     */
    ConversationListing(Page first, Function<String, Page> nextPage, long maxResults) {
        this.nextPage = nextPage;
        this.maxResults = maxResults;
        accept(first);
    }

    private void accept(Page page) {
        current.addAll(page.conversations());
        hasMore = page.hasMore();
        nextCursor = page.nextCursor();
    }

    @Override
    public boolean hasNext() {
        if (maxResults > 0 && returned >= maxResults) {
            return false;
        }
        if (failure != null) {
            // a listing that failed stays failed: asking again sends nothing
            throw failure;
        }
        try {
            fetchWhileEmpty();
        } catch (ConversationListingException e) {
            failure = e;
            throw e;
        }
        return !current.isEmpty();
    }

    private void fetchWhileEmpty() {
        while (current.isEmpty() && hasMore) {
            if (nextCursor == null) {
                // stopping here would look like the end of the list: an erasure fed by it would stop partway unseen
                throw new ConversationListingException("The listing ended: ElevenLabs answered page " + pages
                                                       + " with has_more but no next_cursor, so the rest cannot be"
                                                       + " fetched. Nothing more was listed.", null);
            }
            if (emptyPagesInARow >= MAX_EMPTY_PAGES) {
                throw new ConversationListingException("The listing ended: " + MAX_EMPTY_PAGES + " pages in a row had"
                                                       + " no conversation but claimed more (has_more). Nothing more"
                                                       + " was listed.", null);
            }
            followed.add(nextCursor);
            pages++;
            accept(nextPage.apply(nextCursor));
            if (hasMore && followed.contains(nextCursor)) {
                // a server that leads back to a cursor already followed would be asked round the same pages for ever
                throw new ConversationListingException("The listing ended: ElevenLabs answered page " + pages
                                                       + " with a cursor that was followed already, so the same"
                                                       + " pages would come round again. Nothing more was listed.",
                        null);
            }
            emptyPagesInARow = current.isEmpty() ? emptyPagesInARow + 1 : 0;
        }
    }

    @Override
    public ConversationSummary next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more conversations");
        }
        returned++;
        return current.pollFirst();
    }

    /** @return how many pages were fetched so far */
    int pages() {
        return pages;
    }

    /** @return how many conversations are held, fetched but not yet returned: never more than one page */
    int buffered() {
        return current.size();
    }

    @Override
    public String toString() {
        return "ConversationListing[" + returned + " returned, " + pages + " page(s) fetched"
               + (hasMore ? ", more to come" : "") + "]";
    }
}
