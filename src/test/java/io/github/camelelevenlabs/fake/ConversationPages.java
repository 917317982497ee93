package io.github.camelelevenlabs.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * The fake's {@code GET /v1/convai/conversations}: filters, newest first, pages of {@code page_size} (1 to 100,
 * default 30; outside that a FastAPI-style 422), and a cursor of one of two kinds. ElevenLabs does not document how its
 * cursor behaves when conversations are deleted while paging, so the fake can answer either way.
 */
final class ConversationPages {

    /** What the cursor of a page names. */
    enum Cursor {
        /** The last conversation returned: deletions between pages skip nothing. */
        KEYSET,
        /**
         * How many conversations came before the next page: deleting conversations already returned shifts the rest
         * down, so the next page starts past conversations never returned.
         */
        OFFSET
    }

    private static final Comparator<Conversation> NEWEST_FIRST = Comparator
            .comparingLong(Conversation::startTimeUnixSecs).reversed().thenComparing(Conversation::id);

    private ConversationPages() {
    }

    static ResponseDefinition page(Collection<Conversation> all, Cursor cursor, Request request, String requestId,
                                   FakeElevenLabs.Answers answers) {
        int pageSize = 30;
        String size = value(request, "page_size");
        if (size != null) {
            try {
                pageSize = Integer.parseInt(size);
            } catch (NumberFormatException e) {
                pageSize = -1;
            }
            if (pageSize < 1 || pageSize > 100) {
                return answers.json(422, requestId, "{\"detail\":[{\"loc\":[\"query\",\"page_size\"],"
                                                    + "\"msg\":\"Input should be between 1 and 100\","
                                                    + "\"type\":\"less_than_equal\"}]}");
            }
        }
        String from = value(request, "cursor");
        Stream<Conversation> matching = all.stream().filter(filter(request)).sorted(NEWEST_FIRST);
        long offset = cursor == Cursor.OFFSET && from != null ? Long.parseLong(decode(from)) : 0;
        if (cursor == Cursor.OFFSET) {
            matching = matching.skip(offset);
        } else if (from != null) {
            Conversation after = keyOf(decode(from));
            matching = matching.filter(c -> NEWEST_FIRST.compare(c, after) > 0);
        }
        List<Conversation> selected = matching.limit(pageSize + 1L).toList();
        boolean hasMore = selected.size() > pageSize;
        List<Conversation> page = hasMore ? selected.subList(0, pageSize) : selected;
        List<Map<String, Object>> summaries = new ArrayList<>();
        for (Conversation conversation : page) {
            summaries.add(summary(conversation));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversations", summaries);
        body.put("has_more", hasMore);
        body.put("next_cursor", hasMore ? encode(cursor == Cursor.OFFSET ? String.valueOf(offset + pageSize)
                : page.get(pageSize - 1).startTimeUnixSecs() + "|" + page.get(pageSize - 1).id()) : null);
        return answers.json(200, requestId, Json.write(body));
    }

    static String details(Conversation conversation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agent_id", conversation.agentId());
        body.put("conversation_id", conversation.id());
        body.put("status", conversation.status());
        body.put("user_id", conversation.userId());
        body.put("transcript", List.of(Map.of("role", "agent", "message", "Hello, how can I help?")));
        body.put("metadata", Map.of("start_time_unix_secs", conversation.startTimeUnixSecs(), "call_duration_secs",
                conversation.callDurationSecs()));
        body.put("analysis", Map.of("call_successful", conversation.callSuccessful()));
        return Json.write(body);
    }

    private static Map<String, Object> summary(Conversation conversation) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("agent_id", conversation.agentId());
        summary.put("agent_name", "Agent " + conversation.agentId());
        summary.put("conversation_id", conversation.id());
        summary.put("start_time_unix_secs", conversation.startTimeUnixSecs());
        summary.put("call_duration_secs", conversation.callDurationSecs());
        summary.put("message_count", 4);
        summary.put("status", conversation.status());
        summary.put("call_successful", conversation.callSuccessful());
        return summary;
    }

    private static Predicate<Conversation> filter(Request request) {
        Predicate<Conversation> matches = c -> true;
        String agent = value(request, "agent_id");
        if (agent != null) {
            matches = matches.and(c -> agent.equals(c.agentId()));
        }
        String user = value(request, "user_id");
        if (user != null) {
            matches = matches.and(c -> user.equals(c.userId()));
        }
        String before = value(request, "call_start_before_unix");
        if (before != null) {
            long limit = Long.parseLong(before);
            matches = matches.and(c -> c.startTimeUnixSecs() < limit);
        }
        String afterTime = value(request, "call_start_after_unix");
        if (afterTime != null) {
            long limit = Long.parseLong(afterTime);
            matches = matches.and(c -> c.startTimeUnixSecs() > limit);
        }
        String successful = value(request, "call_successful");
        if (successful != null) {
            matches = matches.and(c -> successful.equals(c.callSuccessful()));
        }
        String search = value(request, "search");
        if (search != null) {
            String needle = search.toLowerCase(Locale.ROOT);
            // the real service searches transcripts; the fake searches ids and agents
            matches = matches.and(c -> c.id().toLowerCase(Locale.ROOT).contains(needle)
                                       || c.agentId().toLowerCase(Locale.ROOT).contains(needle));
        }
        return matches;
    }

    private static String value(Request request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter != null && parameter.isPresent() ? parameter.firstValue() : null;
    }

    /** Cursors are opaque to clients, as the real service's are. */
    private static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    }

    private static Conversation keyOf(String position) {
        int bar = position.indexOf('|');
        return Conversation.of(position.substring(bar + 1), Long.parseLong(position.substring(0, bar)));
    }
}
