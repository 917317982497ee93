package io.github.camelelevenlabs;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import io.github.camelelevenlabs.client.ServerText;
import org.apache.hc.core5.net.PercentCodec;
import org.apache.camel.Message;

/**
 * The filters of one listing, each from its message header, else from the endpoint's option, as the query of
 * {@code GET /v1/convai/conversations}.
 * <p>
 * A listing often feeds deletes, so it is never wider than asked: a header that is present names a filter, and one
 * with no usable value (null, empty, blank, the wrong type) is refused, never read as "no filter"; and a listing with
 * no filter at all is refused unless the endpoint says {@code unfiltered=true}. Every refusal is an
 * {@link InvalidListFilterException}, before anything is sent.
 */
final class ConversationFilters {

    /** How a filter's value is written. */
    private enum Kind {
        /** Text: a CharSequence that is not blank. */
        TEXT,
        /** Seconds since the epoch: a whole Number, or a String of digits. */
        UNIX_TIME
    }

    /** One filter: its query parameter, its header and the endpoint option the header wins over. */
    private record Filter(String parameter, String header, String option, Kind kind,
                          Function<ElevenLabsEndpoint, Object> optionValue) {
    }

    private static final List<Filter> FILTERS = List.of(
            new Filter("agent_id", ElevenLabsConstants.AGENT_ID, "agentId", Kind.TEXT, ElevenLabsEndpoint::getAgentId),
            new Filter("user_id", ElevenLabsConstants.USER_ID, "userId", Kind.TEXT, ElevenLabsEndpoint::getUserId),
            new Filter("call_start_before_unix", ElevenLabsConstants.CALL_START_BEFORE_UNIX, "callStartBeforeUnix",
                    Kind.UNIX_TIME, ElevenLabsEndpoint::getCallStartBeforeUnix),
            new Filter("call_start_after_unix", ElevenLabsConstants.CALL_START_AFTER_UNIX, "callStartAfterUnix",
                    Kind.UNIX_TIME, ElevenLabsEndpoint::getCallStartAfterUnix),
            new Filter("call_successful", ElevenLabsConstants.CALL_SUCCESSFUL, "callSuccessful", Kind.TEXT,
                    ElevenLabsEndpoint::getCallSuccessful),
            new Filter("search", ElevenLabsConstants.SEARCH, "search", Kind.TEXT, ElevenLabsEndpoint::getSearch));

    private ConversationFilters() {
    }

    /**
     * @return                            the query of the first page: the filters, then {@code page_size}
     * @throws InvalidListFilterException a filter without a usable value, or no filter on an endpoint that does not
     *                                    say unfiltered=true
     */
    static String query(Message message, ElevenLabsEndpoint endpoint, int pageSize) {
        StringBuilder query = new StringBuilder();
        for (Filter filter : FILTERS) {
            String value = value(message, endpoint, filter);
            if (value != null) {
                append(query, filter.parameter(), value);
            }
        }
        if (query.length() == 0 && !endpoint.isUnfiltered()) {
            throw new InvalidListFilterException("operation=list has no filter (agentId, userId, callStartBeforeUnix,"
                                                 + " callStartAfterUnix, callSuccessful, search or their headers), so"
                                                 + " it would list every conversation of the account. To ask for the"
                                                 + " whole account, set unfiltered=true on the endpoint. Nothing was"
                                                 + " listed.");
        }
        append(query, "page_size", String.valueOf(pageSize));
        return query.toString();
    }

    private static String value(Message message, ElevenLabsEndpoint endpoint, Filter filter) {
        String value;
        String source;
        // containsKey, not getHeader: a header set to null (setHeader(name, body()) of a null body) is a filter
        // asked for without a value, which must not widen the listing to no filter
        if (message.getHeaders().containsKey(filter.header())) {
            source = "header " + filter.header();
            value = filter.kind() == Kind.TEXT ? text(message.getHeader(filter.header()), filter, source)
                    : unixTime(message.getHeader(filter.header()), filter, source);
        } else {
            Object option = filter.optionValue().apply(endpoint);
            if (option == null) {
                return null;
            }
            source = "option " + filter.option();
            value = option.toString();
        }
        if (value.isBlank()) {
            throw refused(filter, source, value.isEmpty() ? "is empty" : "is blank");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw refused(filter, source, "contains a control character");
            }
        }
        if (filter.parameter().equals("call_successful")) {
            ListConversationsProducer.checkedCallSuccessful(value);
        }
        return value;
    }

    private static String text(Object value, Filter filter, String source) {
        if (value == null) {
            throw refused(filter, source, "is present with no value (null)");
        }
        if (!(value instanceof CharSequence text)) {
            throw refused(filter, source, "is a " + value.getClass().getName() + ", not text");
        }
        return text.toString();
    }

    private static String unixTime(Object value, Filter filter, String source) {
        if (value == null) {
            throw refused(filter, source, "is present with no value (null)");
        }
        if (value instanceof Number number) {
            long seconds;
            try {
                seconds = new BigDecimal(number.toString()).longValueExact();
            } catch (NumberFormatException | ArithmeticException notWhole) {
                throw refused(filter, source, "is " + number + ", not a whole number of seconds");
            }
            if (seconds < 0) {
                throw refused(filter, source, "is negative (" + seconds + ")");
            }
            return String.valueOf(seconds);
        }
        if (!(value instanceof CharSequence text)) {
            throw refused(filter, source, "is a " + value.getClass().getName() + ", not a Unix time in seconds");
        }
        String digits = text.toString();
        if (digits.isBlank()) {
            return digits;
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw refused(filter, source, "is not a Unix time in seconds (digits only): '" + ServerText.shown(digits)
                                          + "'");
        }
        try {
            return String.valueOf(Long.parseLong(digits));
        } catch (NumberFormatException tooLarge) {
            throw refused(filter, source, "is too large for a Unix time in seconds: '" + ServerText.shown(digits)
                                          + "'");
        }
    }

    private static InvalidListFilterException refused(Filter filter, String source, String why) {
        return new InvalidListFilterException("The " + filter.parameter() + " filter (" + source + ") " + why
                                              + ": remove it to list without that filter, or give it a usable"
                                              + " value. Nothing was listed.");
    }

    private static void append(StringBuilder query, String name, String value) {
        query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                .append(PercentCodec.RFC3986.encode(value));
    }
}
