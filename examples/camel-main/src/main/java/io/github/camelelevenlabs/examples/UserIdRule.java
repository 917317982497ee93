package io.github.camelelevenlabs.examples;

/**
 * The rule for the user id of an erasure request: text that is not blank. Anything else is refused before any
 * listing: a listing without a usable user would find other users' conversations, or every conversation of the
 * account, and the erasure would delete them. Used by the Java and YAML user erasure routes and the Kafka pipeline.
 */
public final class UserIdRule {

    private UserIdRule() {
    }

    /**
     * @param  userId the user id as the request gave it: any value, null included
     * @return        why an erasure of it is refused, or null when it may go ahead
     */
    public static String refusal(Object userId) {
        String why;
        if (userId == null) {
            why = "the user id is missing (null)";
        } else if (!(userId instanceof CharSequence text)) {
            why = "the user id is a " + userId.getClass().getName() + ", not text";
        } else if (text.length() == 0) {
            why = "the user id is empty";
        } else if (text.toString().isBlank()) {
            why = "the user id is blank";
        } else {
            return null;
        }
        return "Refused: " + why + ". An erasure names one user, as text that is not blank; nothing was listed or"
               + " deleted.";
    }
}
