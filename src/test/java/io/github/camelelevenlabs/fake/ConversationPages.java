package io.github.camelelevenlabs.fake;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
            summaries.add(summary(conversation, request));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversations", summaries);
        body.put("has_more", hasMore);
        body.put("next_cursor", hasMore ? encode(cursor == Cursor.OFFSET ? String.valueOf(offset + pageSize)
                : page.get(pageSize - 1).startTimeUnixSecs() + "|" + page.get(pageSize - 1).id()) : null);
        return answers.json(200, requestId, Json.write(body));
    }

    /** @return the body of a get: the conversation's details, or with format=opentelemetry a small OTLP trace */
    static String details(Conversation conversation, Request request) {
        if ("opentelemetry".equals(value(request, "format"))) {
            return trace(conversation);
        }
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

    /** An OTLP/JSON trace of one span: the conversation, with its id and agent as attributes. */
    private static String trace(Conversation conversation) {
        long startNanos = conversation.startTimeUnixSecs() * 1_000_000_000L;
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("traceId", String.format("%032x", Math.abs((long) conversation.id().hashCode())));
        span.put("spanId", String.format("%016x", Math.abs((long) conversation.id().hashCode())));
        span.put("name", "conversation");
        span.put("kind", 1);
        span.put("startTimeUnixNano", String.valueOf(startNanos));
        span.put("endTimeUnixNano", String.valueOf(startNanos + conversation.callDurationSecs() * 1_000_000_000L));
        span.put("attributes", List.of(attribute("conversation.id", conversation.id()),
                attribute("agent.id", conversation.agentId())));
        Map<String, Object> resource = Map.of("attributes", List.of(attribute("service.name", "elevenlabs-agents")));
        Map<String, Object> scopeSpans = Map.of("scope", Map.of("name", "elevenlabs.convai"), "spans", List.of(span));
        return Json.write(Map.of("resourceSpans", List.of(Map.of("resource", resource, "scopeSpans",
                List.of(scopeSpans)))));
    }

    private static Map<String, Object> attribute(String key, String value) {
        return Map.of("key", key, "value", Map.of("stringValue", value));
    }

    private static Map<String, Object> summary(Conversation conversation, Request request) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("agent_id", conversation.agentId());
        summary.put("agent_name", "Agent " + conversation.agentId());
        summary.put("conversation_id", conversation.id());
        summary.put("start_time_unix_secs", conversation.startTimeUnixSecs());
        summary.put("call_duration_secs", conversation.callDurationSecs());
        summary.put("message_count", 4);
        summary.put("status", conversation.status());
        summary.put("call_successful", conversation.callSuccessful());
        conversation.attributes().forEach((name, value) -> {
            if (!FILTERED_ONLY.contains(name) && !LISTED_WHEN_ASKED.contains(name)) {
                summary.put(name, value);
            }
        });
        if ("include".equals(value(request, "summary_mode"))
                && conversation.attributes().containsKey("transcript_summary")) {
            summary.put("transcript_summary", conversation.attributes().get("transcript_summary"));
        }
        for (String results : List.of("data_collection", "evaluation_criteria")) {
            List<String> asked = values(request, results + "_ids");
            if (!asked.isEmpty()) {
                Map<String, Object> shown = new LinkedHashMap<>(results(conversation, results + "_results"));
                shown.keySet().retainAll(asked);
                summary.put(results + "_results", shown);
            }
        }
        return summary;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> results(Conversation conversation, String attribute) {
        return (Map<String, Map<String, Object>>) conversation.attributes().getOrDefault(attribute, Map.of());
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
        for (Map.Entry<String, String> anyOf : ANY_OF.entrySet()) {
            List<String> wanted = values(request, anyOf.getKey());
            if (!wanted.isEmpty()) {
                matches = matches.and(c -> c.texts(anyOf.getValue()).stream().anyMatch(wanted::contains));
            }
        }
        List<String> products = values(request, "conversation_product_type");
        if (!products.isEmpty()) {
            matches = matches.and(c -> products.contains(String.valueOf(
                    c.attributes().getOrDefault("conversation_product_type", "agents"))));
        }
        List<String> excluded = values(request, "exclude_statuses");
        matches = matches.and(c -> !excluded.contains(c.status()));
        matches = matches.and(within(request, "call_duration", c -> (long) c.callDurationSecs()));
        matches = matches.and(within(request, "rating", c -> c.attributes().get("rating") instanceof Number rating
                ? rating.longValue() : null));
        String comment = value(request, "has_feedback_comment");
        if (comment != null) {
            // the fake reads false as "without a comment"; the component counts false as no filter either way
            matches = matches.and(c -> Boolean.parseBoolean(comment) == c.attributes().containsKey(
                    "has_feedback_comment"));
        }
        if ("true".equals(value(request, "text_only"))) {
            matches = matches.and(c -> c.attributes().containsKey("text_only"));
        }
        for (String condition : values(request, "evaluation_params")) {
            int colon = condition.lastIndexOf(':');
            String criteria = condition.substring(0, colon);
            String result = condition.substring(colon + 1);
            matches = matches.and(c -> result.equals(results(c, "evaluation_criteria_results")
                    .getOrDefault(criteria, Map.of()).get("result")));
        }
        for (String condition : values(request, "data_collection_params")) {
            matches = matches.and(DataCondition.parse(condition)::holdsFor);
        }
        return matches;
    }

    /**
     * The list filters the fake applies as "any of": a conversation matches when one of the values asked for is among
     * those of its attribute (a list, or a single value). ElevenLabs does not say whether several values of one filter
     * combine with "or" or "and"; "or" is what filters of this kind usually mean.
     */
    private static final Map<String, String> ANY_OF = Map.ofEntries(
            Map.entry("visited_agent_ids", "visited_agent_ids"),
            Map.entry("visited_agent_branch_ids", "visited_agent_branch_ids"),
            Map.entry("tool_names", "tool_names"), Map.entry("tool_names_successful", "tool_names_successful"),
            Map.entry("tool_names_errored", "tool_names_errored"), Map.entry("main_languages", "main_language"),
            Map.entry("topic_ids", "topic_ids"), Map.entry("tag_ids", "tag_ids"),
            Map.entry("termination_reasons", "termination_reason"),
            Map.entry("custom_guardrail_names", "custom_guardrail_names"),
            Map.entry("guardrail_types", "guardrail_types"),
            Map.entry("conversation_initiation_source", "conversation_initiation_source"),
            Map.entry("branch_id", "branch_id"), Map.entry("version_id", "version_id"),
            Map.entry("parent_conversation_id", "parent_conversation_id"),
            Map.entry("workflow_node_entered_id", "workflow_nodes_entered"));

    /** The attributes only the filters read: a summary does not list them. */
    private static final Set<String> FILTERED_ONLY = Set.of("visited_agent_ids", "visited_agent_branch_ids",
            "tool_names_successful", "tool_names_errored", "topic_ids", "custom_guardrail_names", "guardrail_types",
            "parent_conversation_id", "workflow_nodes_entered", "has_feedback_comment", "text_only",
            "conversation_product_type");

    /** The summary fields listed only when asked for: summary_mode=include, data_collection_ids and the like. */
    private static final Set<String> LISTED_WHEN_ASKED = Set.of("transcript_summary", "data_collection_results",
            "evaluation_criteria_results");

    /** @return whether the number is within {@code <prefix>_min...} and {@code <prefix>_max...}, where asked */
    private static Predicate<Conversation> within(Request request, String prefix, Function<Conversation, Long> number) {
        String suffix = prefix.equals("call_duration") ? "_secs" : "";
        String min = value(request, prefix + "_min" + suffix);
        String max = value(request, prefix + "_max" + suffix);
        return c -> {
            Long value = number.apply(c);
            if (min == null && max == null) {
                return true;
            }
            return value != null && (min == null || value >= Long.parseLong(min))
                   && (max == null || value <= Long.parseLong(max));
        };
    }

    /** One data_collection_params condition, {@code id:op:value}, as the component checks it. */
    private record DataCondition(String id, String operator, String operand) {

        static DataCondition parse(String condition) {
            String[] parts = condition.split(":", 3);
            return new DataCondition(parts[0], parts[1], parts.length > 2 ? parts[2] : "");
        }

        boolean holdsFor(Conversation conversation) {
            Map<String, Object> result = results(conversation, "data_collection_results").get(id);
            Object collected = result == null ? null : result.get("value");
            if (operator.equals("exists") || operator.equals("missing")) {
                return (collected != null) == operator.equals("exists");
            }
            if (collected == null) {
                return false;
            }
            String text = String.valueOf(collected);
            switch (operator) {
                case "eq":
                    return text.equals(operand);
                case "neq":
                    return !text.equals(operand);
                case "in":
                    return List.of(operand.split("\\|")).contains(text);
                default:
                    int order;
                    try {
                        order = new BigDecimal(text).compareTo(new BigDecimal(operand));
                    } catch (NumberFormatException notANumber) {
                        return false;
                    }
                    return switch (operator) {
                        case "gt" -> order > 0;
                        case "gte" -> order >= 0;
                        case "lt" -> order < 0;
                        default -> order <= 0;
                    };
            }
        }
    }

    /** @return every value of the query parameter, as repeated parameters give them; empty when absent */
    private static List<String> values(Request request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter != null && parameter.isPresent() ? parameter.values() : List.of();
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
