package io.github.camelelevenlabs;

import java.util.List;

import io.github.camelelevenlabs.client.ServerText;

/**
 * One entry of a 422 Validation Error answer.
 *
 * @param loc  where the error is, such as {@code ["path", "conversation_id"]}; items are strings or integers, never
 *             null; empty when the answer did not say
 * @param msg  the human-readable message, may be null when the answer did not say
 * @param type the machine-readable error type, such as {@code missing}, may be null when the answer did not say
 */
public record ValidationError(List<Object> loc, String msg, String type) {

    /**
     * Keeps the record immutable and never null.
     */
    public ValidationError {
        loc = loc == null ? List.of() : List.copyOf(loc);
    }

    /**
     * @return the location joined with dots, such as {@code path.conversation_id}; empty when unknown
     */
    public String location() {
        StringBuilder location = new StringBuilder();
        for (Object part : loc) {
            if (location.length() > 0) {
                location.append('.');
            }
            location.append(part);
        }
        return location.toString();
    }

    /**
     * @return {@code location: msg (type)}, as server text is shown in messages and logs: control characters escaped,
     *         each part cut (the record's components keep the text as sent)
     */
    @Override
    public String toString() {
        String where = ServerText.shown(location());
        String what = msg == null ? "invalid" : ServerText.shown(msg);
        return (where.isEmpty() ? "" : where + ": ") + what + (type == null ? "" : " (" + ServerText.shown(type) + ")");
    }
}
