package io.github.camelelevenlabs.fake;

/**
 * A conversation as the fake ElevenLabs API keeps it.
 *
 * @param id                the conversation id
 * @param agentId           the agent that held it
 * @param userId            the end user it was with, may be null
 * @param startTimeUnixSecs when it started
 * @param callDurationSecs  how long it lasted
 * @param status            such as {@code done}
 * @param callSuccessful    {@code success}, {@code failure} or {@code unknown}
 */
public record Conversation(String id, String agentId, String userId, long startTimeUnixSecs, int callDurationSecs,
                           String status, String callSuccessful) {

    /** A finished, successful conversation of the default agent, with no user. */
    public static Conversation of(String id, long startTimeUnixSecs) {
        return new Conversation(id, "agent_default", null, startTimeUnixSecs, 60, "done", "success");
    }

    public Conversation withAgent(String agent) {
        return new Conversation(id, agent, userId, startTimeUnixSecs, callDurationSecs, status, callSuccessful);
    }

    public Conversation withUser(String user) {
        return new Conversation(id, agentId, user, startTimeUnixSecs, callDurationSecs, status, callSuccessful);
    }
}
