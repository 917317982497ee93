package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list iterator holds one page at a time, whatever the number of conversations. */
class ConversationListingTest {

    private static ConversationListing.Page page(long first, int size, long total) {
        List<ConversationSummary> conversations = new ArrayList<>(size);
        for (long i = first; i < Math.min(first + size, total); i++) {
            conversations.add(new ConversationSummary("conv_" + i, "agent", null, i, 60, "done", "success"));
        }
        long next = first + size;
        return new ConversationListing.Page(conversations, next < total, next < total ? String.valueOf(next) : null);
    }

    @Test
    void aMillionConversationsAreIteratedHoldingNoMoreThanOnePage() {
        long total = 1_000_000;
        ConversationListing listing = new ConversationListing(page(0, 100, total),
                cursor -> page(Long.parseLong(cursor), 100, total), 0);
        long seen = 0;
        int mostHeld = 0;

        while (listing.hasNext()) {
            mostHeld = Math.max(mostHeld, listing.buffered());
            assertThat(listing.next().getConversationId()).isEqualTo("conv_" + seen);
            seen++;
        }

        assertThat(seen).isEqualTo(total);
        assertThat(listing.pages()).isEqualTo(10_000);
        assertThat(mostHeld).isLessThanOrEqualTo(100);
    }

    @Test
    void maxResultsStopsBeforeFetchingFurtherPages() {
        int[] fetched = { 0 };
        ConversationListing listing = new ConversationListing(page(0, 100, 10_000), cursor -> {
            fetched[0]++;
            return page(Long.parseLong(cursor), 100, 10_000);
        }, 150);
        long seen = 0;

        while (listing.hasNext()) {
            listing.next();
            seen++;
        }

        assertThat(seen).isEqualTo(150);
        assertThat(fetched[0]).isEqualTo(1);
    }

    @Test
    void aPageThatClaimsMoreWithoutACursorEndsTheListingWithAFailureOnceItsConversationsAreTaken() {
        ConversationListing.Page page = ConversationListing.Page.of(Map.of(
                "conversations", List.of(Map.of("conversation_id", "conv_1", "agent_id", "a")), "has_more", true));
        int[] fetched = { 0 };
        ConversationListing listing = new ConversationListing(page, cursor -> {
            fetched[0]++;
            return page(0, 1, 1);
        }, 0);

        assertThat(listing.next().getConversationId()).isEqualTo("conv_1");
        assertThatThrownBy(listing::hasNext).isInstanceOf(ConversationListingException.class)
                .hasMessageContaining("has_more but no next_cursor");
        assertThat(fetched[0]).as("nothing to follow").isZero();
    }

    @Test
    void aListingThatFailedSaysSoAgainWithoutFetchingAnyMore() {
        int[] fetched = { 0 };
        ConversationListing listing = new ConversationListing(page(0, 1, 10), cursor -> {
            fetched[0]++;
            throw new ConversationListingException("A page of conversations could not be fetched", null);
        }, 0);
        listing.next();

        assertThatThrownBy(listing::hasNext).isInstanceOf(ConversationListingException.class);
        assertThatThrownBy(listing::hasNext).isInstanceOf(ConversationListingException.class)
                .hasMessageContaining("could not be fetched");
        assertThat(fetched[0]).isEqualTo(1);
    }

    @Test
    void anAnswerThatIsNoPageFailsTypedWithTheServersTextEscaped() {
        assertThatThrownBy(() -> ConversationListing.Page.of(Map.of("conversations", List.of(),
                "has_more", "yes\r\n12:00:00 INFO forged")))
                .isInstanceOf(ConversationListingException.class)
                .hasMessageStartingWith("The list answer is not a page of conversations")
                .hasMessageContaining("\\r\\n12:00:00 INFO forged").hasMessageNotContaining("\r");
        assertThatThrownBy(() -> ConversationListing.Page.of(List.of()))
                .isInstanceOf(ConversationListingException.class).hasMessageContaining("not a JSON object");
    }

    @Test
    void aServerThatAnswersWithTheCursorItWasGivenEndsTheListingInsteadOfBeingAskedForEver() {
        int[] fetched = { 0 };
        ConversationListing listing = new ConversationListing(page(0, 2, 10), cursor -> {
            fetched[0]++;
            return new ConversationListing.Page(page(2, 2, 10).conversations(), true, cursor);
        }, 0);

        assertThatThrownBy(() -> {
            while (listing.hasNext()) {
                listing.next();
            }
        }).isInstanceOf(ConversationListingException.class).hasMessageContaining("a cursor that was followed already");
        assertThat(fetched[0]).isEqualTo(1);
    }

    @Test
    void emptyPagesThatClaimMoreEndTheListingAfterAHundredInARow() {
        int[] fetched = { 0 };
        ConversationListing listing = new ConversationListing(page(0, 2, 10), cursor -> {
            fetched[0]++;
            return new ConversationListing.Page(List.of(), true, "c" + fetched[0]);
        }, 0);
        listing.next();
        listing.next();

        assertThatThrownBy(listing::hasNext).isInstanceOf(ConversationListingException.class)
                .hasMessageContaining("100 pages in a row had no conversation");
        assertThat(fetched[0]).isEqualTo(ConversationListing.MAX_EMPTY_PAGES);
    }

    @Test
    void aFewEmptyPagesInBetweenDoNotEndTheListing() {
        ConversationListing listing = new ConversationListing(page(0, 1, 10), cursor -> {
            long next = Long.parseLong(cursor);
            // every other page is empty, as a server that filters after paging may answer
            return next % 2 == 1 ? new ConversationListing.Page(List.of(), true, String.valueOf(next + 1))
                    : page(next, 1, 10);
        }, 0);
        long seen = 0;

        while (listing.hasNext()) {
            listing.next();
            seen++;
        }

        assertThat(seen).isEqualTo(5);
    }

    @Test
    void cursorsThatLeadRoundInACircleEndTheListing() {
        // A leads to B, B back to A, each page with conversations
        ConversationListing.Page first = new ConversationListing.Page(page(0, 2, 10).conversations(), true, "A");
        ConversationListing circling = new ConversationListing(first, cursor -> new ConversationListing.Page(
                page(0, 2, 10).conversations(), true, cursor.equals("A") ? "B" : "A"), 0);

        assertThatThrownBy(() -> {
            for (int i = 0; i < 1_000 && circling.hasNext(); i++) {
                circling.next();
            }
        }).isInstanceOf(ConversationListingException.class).hasMessageContaining("followed already");
        assertThat(circling.pages()).isEqualTo(3);
    }

    @Test
    void aCursorTooLongOrWithAControlCharacterIsRefused() {
        assertThatThrownBy(() -> ConversationListing.Page.of(java.util.Map.of("conversations", List.of(),
                "has_more", true, "next_cursor", "c".repeat(1025)))).isInstanceOf(ConversationListingException.class)
                .hasMessageContaining("1025 characters");
        assertThatThrownBy(() -> ConversationListing.Page.of(java.util.Map.of("conversations", List.of(),
                "has_more", true, "next_cursor", "a\r\nb"))).isInstanceOf(ConversationListingException.class)
                .hasMessageContaining("control character");
        assertThat(ConversationListing.Page.of(java.util.Map.of("conversations", List.of(), "has_more", true,
                "next_cursor", "c".repeat(1024))).nextCursor()).hasSize(1024);
    }
}
