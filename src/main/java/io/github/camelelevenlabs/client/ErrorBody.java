package io.github.camelelevenlabs.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelelevenlabs.ValidationError;

/**
 * What an ElevenLabs error answer says, read leniently: the documented 422 shape
 * {@code {"detail":[{"loc":[...],"msg":...,"type":...}]}}, the {@code {"detail":{"status","message","code","type",
 * "request_id"}}} shape of other errors, a plain string detail, or a body that is not JSON at all.
 */
public final class ErrorBody {

    static final ErrorBody EMPTY = new ErrorBody(null, null, null, null, List.of());

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String message;
    private final String code;
    private final String type;
    private final String requestId;
    private final List<ValidationError> validationErrors;

    private ErrorBody(String message, String code, String type, String requestId,
                      List<ValidationError> validationErrors) {
        this.message = message;
        this.code = code;
        this.type = type;
        this.requestId = requestId;
        this.validationErrors = validationErrors;
    }

    public static ErrorBody parse(String body) {
        if (body == null || body.isBlank()) {
            return EMPTY;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (Exception notJson) {
            return EMPTY;
        }
        if (root == null || !root.isObject()) {
            return EMPTY;
        }
        JsonNode detail = root.get("detail");
        if (detail == null || detail.isNull()) {
            return new ErrorBody(text(root, "message"), text(root, "code"), text(root, "type"),
                    text(root, "request_id"), List.of());
        }
        if (detail.isTextual()) {
            return new ErrorBody(detail.asText(), null, null, null, List.of());
        }
        if (detail.isArray()) {
            List<ValidationError> errors = new ArrayList<>();
            for (JsonNode item : detail) {
                errors.add(validationError(item));
            }
            return new ErrorBody(summary(errors), null, null, null, Collections.unmodifiableList(errors));
        }
        if (detail.isObject()) {
            String code = text(detail, "code");
            String status = text(detail, "status");
            return new ErrorBody(text(detail, "message"), code != null ? code : status, text(detail, "type"),
                    text(detail, "request_id"), List.of());
        }
        return EMPTY;
    }

    private static ValidationError validationError(JsonNode item) {
        if (!item.isObject()) {
            return new ValidationError(List.of(), item.isValueNode() ? item.asText() : item.toString(), null);
        }
        List<Object> loc = new ArrayList<>();
        JsonNode locNode = item.get("loc");
        if (locNode != null && locNode.isArray()) {
            for (JsonNode part : locNode) {
                loc.add(part.isIntegralNumber() ? (Object) part.asInt() : part.asText());
            }
        }
        return new ValidationError(loc, text(item, "msg"), text(item, "type"));
    }

    private static String summary(List<ValidationError> errors) {
        StringBuilder summary = new StringBuilder();
        for (ValidationError error : errors) {
            if (summary.length() > 0) {
                summary.append("; ");
            }
            summary.append(error);
        }
        return summary.length() == 0 ? null : summary.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    public String message() {
        return message;
    }

    public String code() {
        return code;
    }

    public String type() {
        return type;
    }

    public String requestId() {
        return requestId;
    }

    public List<ValidationError> validationErrors() {
        return validationErrors;
    }
}
