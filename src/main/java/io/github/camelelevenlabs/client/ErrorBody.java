package io.github.camelelevenlabs.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.camelelevenlabs.ValidationError;

/**
 * What an ElevenLabs error answer says, read leniently: the documented 422 shape
 * {@code {"detail":[{"loc":[...],"msg":...,"type":...}]}}, the {@code {"detail":{"status","message","code","type",
 * "request_id"}}} shape of other errors, a plain string detail, or a body that is not JSON at all. Jackson binds each
 * shape to a record; a field of an unexpected type reads as absent, so that an error is always reported with what
 * could be read.
 */
public final class ErrorBody {

    static final ErrorBody EMPTY = new ErrorBody(null, null, null, null, List.of());

    private static final ObjectMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .addModule(new SimpleModule().addDeserializer(String.class, new LenientText()))
            .build();

    /** The answer: {@code detail}, or (from some proxies and older endpoints) the fields themselves. */
    private record Answer(JsonNode detail, String message, String code, String type,
                          @JsonProperty("request_id") String requestId) {
    }

    /** {@code "detail": {...}}: every error but 422. */
    private record Detail(String status, String message, String code, String type,
                          @JsonProperty("request_id") String requestId) {
    }

    /** One entry of a 422's {@code "detail": [...]}. */
    private record Item(JsonNode loc, String msg, String type) {
    }

    /** Text where text is expected; a number or boolean as its text; an object or a list as absent. */
    private static final class LenientText extends StdDeserializer<String> {

        private static final long serialVersionUID = 1L;

        LenientText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            return node.isValueNode() ? node.asText() : null;
        }
    }

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
        try {
            Answer answer = JSON.readValue(body, Answer.class);
            if (answer == null) {
                return EMPTY;
            }
            JsonNode detail = answer.detail();
            if (detail == null || detail.isNull()) {
                return new ErrorBody(answer.message(), answer.code(), answer.type(), answer.requestId(), List.of());
            }
            return switch (detail.getNodeType()) {
                case STRING -> new ErrorBody(detail.asText(), null, null, null, List.of());
                case ARRAY -> validationErrors(detail);
                case OBJECT -> {
                    Detail fields = JSON.treeToValue(detail, Detail.class);
                    yield new ErrorBody(fields.message(), fields.code() != null ? fields.code() : fields.status(),
                            fields.type(), fields.requestId(), List.of());
                }
                default -> EMPTY;
            };
        } catch (IOException notAnErrorAnswer) {
            // not JSON, or JSON that is not an object
            return EMPTY;
        }
    }

    private static ErrorBody validationErrors(JsonNode detail) throws IOException {
        List<ValidationError> errors = new ArrayList<>();
        for (JsonNode item : detail) {
            errors.add(item.isObject() ? validationError(JSON.treeToValue(item, Item.class))
                    : new ValidationError(List.of(), item.isValueNode() ? item.asText() : item.toString(), null));
        }
        return new ErrorBody(summary(errors), null, null, null, Collections.unmodifiableList(errors));
    }

    private static ValidationError validationError(Item item) {
        List<Object> loc = new ArrayList<>();
        if (item.loc() != null && item.loc().isArray()) {
            for (JsonNode part : item.loc()) {
                loc.add(part.isIntegralNumber() ? (Object) part.asInt() : part.asText());
            }
        }
        return new ValidationError(loc, item.msg(), item.type());
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
