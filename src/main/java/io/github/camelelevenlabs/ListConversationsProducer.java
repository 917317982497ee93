package io.github.camelelevenlabs;

import java.util.concurrent.CompletionException;

import io.github.camelelevenlabs.client.ApiCall;
import io.github.camelelevenlabs.client.ApiResponse;
import org.apache.hc.core5.net.PercentCodec;
import io.github.camelelevenlabs.client.RequestTarget;
import io.github.camelelevenlabs.client.ServerText;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;

/**
 * Finds conversations: {@code GET /v1/convai/conversations} with the filters of the endpoint, each overridable by its
 * message header; a filter without a usable value, or no filter without {@code unfiltered=true}, is refused before
 * anything is sent ({@link ConversationFilters}). The first page is fetched before the exchange continues, so that a
 * wrong key or filter fails the exchange; the body is then an {@code Iterator<ConversationSummary>} that fetches the next pages as it is iterated
 * ({@code split(body()).streaming()}), up to {@code maxResults}.
 */
final class ListConversationsProducer extends ElevenLabsProducer {

    ListConversationsProducer(ElevenLabsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        String query;
        try {
            query = query(exchange.getMessage());
        } catch (IllegalArgumentException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        ApiCall.Attempts attempts = new ApiCall.Attempts();
        long maxResults = endpoint.getMaxResults();
        return call(exchange, callback, "GET", target(CONVERSATIONS + query), (ex, response, target) -> {
            if (!response.isSuccess()) {
                ex.setException(failure(ElevenLabsOperation.list, target, response));
                return;
            }
            ConversationListing.Page first = ConversationListing.Page.of(parsedBody(response));
            ex.getMessage().setBody(new ConversationListing(first, cursor -> page(query, cursor, attempts),
                    maxResults));
        });
    }

    /** Fetches a later page on the iterating thread, with the same deadline, retries and bound as any call. */
    private ConversationListing.Page page(String query, String cursor, ApiCall.Attempts attempts) {
        RequestTarget target = target(CONVERSATIONS + query + (query.isEmpty() ? "?" : "&") + "cursor="
                                      + PercentCodec.RFC3986.encode(cursor));
        ApiResponse response;
        try {
            response = start(attempts, "GET", target).join();
        } catch (CompletionException e) {
            throw new ConversationListingException("A page of conversations could not be fetched: "
                                                   + e.getCause().getMessage(), e.getCause());
        }
        if (!response.isSuccess()) {
            ElevenLabsException failure = failure(ElevenLabsOperation.list, target, response);
            throw new ConversationListingException("A page of conversations could not be fetched: "
                                                   + failure.getMessage(), failure);
        }
        try {
            return ConversationListing.Page.of(parsedBody(response));
        } catch (Exception e) {
            throw new ConversationListingException("A page of conversations could not be read: "
                                                   + ServerText.shown(e.getMessage()), e);
        }
    }

    /** @return the query of the first page: the endpoint's filters, each overridable by its header */
    private String query(Message message) {
        // the filters are the endpoint's own: the component cannot narrow or widen every listing
        int pageSize;
        if (message.getHeaders().containsKey(ElevenLabsConstants.PAGE_SIZE)
                && message.getHeader(ElevenLabsConstants.PAGE_SIZE) == null) {
            // as for a filter header: asked for, with no value
            throw new InvalidListFilterException("The " + ElevenLabsConstants.PAGE_SIZE + " header is present with no"
                                                 + " value (null): set it to a whole number between 1 and 100, or"
                                                 + " remove it to use the pageSize option");
        }
        try {
            pageSize = message.getHeader(ElevenLabsConstants.PAGE_SIZE, configuration().getPageSize(), Integer.class);
        } catch (TypeConversionException notANumber) {
            throw new InvalidListFilterException("The " + ElevenLabsConstants.PAGE_SIZE + " header must be a whole"
                                                 + " number between 1 and 100, not '"
                                                 + ServerText.shown(String.valueOf(message.getHeader(
                                                         ElevenLabsConstants.PAGE_SIZE))) + "'");
        }
        return ConversationFilters.query(message, endpoint, checkedPageSize(pageSize));
    }

    /** The rule for a page size, from an option or a header: what ElevenLabs accepts. */
    static int checkedPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > 100) {
            throw new InvalidListFilterException("pageSize must be between 1 and 100, not " + pageSize
                                                 + " (the endpoint's option, the component's, or the "
                                                 + ElevenLabsConstants.PAGE_SIZE + " header)");
        }
        return pageSize;
    }
}
