package io.github.camelelevenlabs;

import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/**
 * The message headers the ElevenLabs component reads and writes. None of them is ever sent to ElevenLabs, and none
 * carries the API key.
 */
public final class ElevenLabsConstants {

    /** The Camel URI scheme of the component. */
    public static final String SCHEME = "elevenlabs";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "The id of the conversation to delete or get (for example conv_...)."
                                                + " Wins over the conversationId option; after the call it holds the id"
                                                + " that was used.",
              javaType = "String")
    public static final String CONVERSATION_ID = "CamelElevenLabsConversationId";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "The request-id that ElevenLabs gave the call (from its request-id"
                                                + " response header), for audit records and support requests.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelElevenLabsRequestId";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "The HTTP status code of ElevenLabs' answer.", javaType = "Integer")
    public static final String HTTP_RESPONSE_CODE = Exchange.HTTP_RESPONSE_CODE;

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "How many requests the call took: 1, plus one per retry and per"
                                                + " request sent again after a 429 concurrent_limit_exceeded; 0 for a"
                                                + " dry run.",
              javaType = "Integer")
    public static final String ATTEMPTS = "CamelElevenLabsAttempts";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "Set when the ignoreNotFound option is on: true when the conversation"
                                                + " did not exist (404) and the exchange completed anyway, false when"
                                                + " it was deleted.",
              javaType = "Boolean")
    public static final String NOT_FOUND = "CamelElevenLabsNotFound";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "Set to true when the dryRun option is on: the delete was checked and"
                                                + " logged, and nothing was sent; the headers of an earlier call (its"
                                                + " status and request id) are removed.",
              javaType = "Boolean")
    public static final String DRY_RUN = "CamelElevenLabsDryRun";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=getAudio: the recording's media type as ElevenLabs sent it"
                                                + " (such as audio/mpeg); removed when it sent none.",
              javaType = "String")
    public static final String CONTENT_TYPE = Exchange.CONTENT_TYPE;

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=getAudio: the recording's length in bytes, as received"
                                                + " (a shorter answer than announced fails the exchange instead).",
              javaType = "Long")
    public static final String CONTENT_LENGTH = Exchange.CONTENT_LENGTH;

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=getAudio: the SHA-256 of the recording as received, in"
                                                + " lower-case hex, to check a stored copy against.",
              javaType = "String")
    public static final String AUDIO_SHA256 = "CamelElevenLabsAudioSha256";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations of this agent. Wins over the"
                                                + " agentId option.",
              javaType = "String")
    public static final String AGENT_ID = "CamelElevenLabsAgentId";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations with this end user (the user_id"
                                                + " the agent was given). Wins over the userId option.",
              javaType = "String")
    public static final String USER_ID = "CamelElevenLabsUserId";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations that started before this Unix"
                                                + " time in seconds. Wins over the callStartBeforeUnix option.",
              javaType = "Long")
    public static final String CALL_START_BEFORE_UNIX = "CamelElevenLabsCallStartBeforeUnix";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations that started after this Unix"
                                                + " time in seconds. Wins over the callStartAfterUnix option.",
              javaType = "Long")
    public static final String CALL_START_AFTER_UNIX = "CamelElevenLabsCallStartAfterUnix";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations whose call was judged success,"
                                                + " failure or unknown. Wins over the callSuccessful option.",
              javaType = "String")
    public static final String CALL_SUCCESSFUL = "CamelElevenLabsCallSuccessful";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations matching this text. Wins over the"
                                                + " search option.",
              javaType = "String")
    public static final String SEARCH = "CamelElevenLabsSearch";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: how many conversations each request fetches, 1 to"
                                                + " 100. Wins over the pageSize option.",
              javaType = "Integer")
    public static final String PAGE_SIZE = "CamelElevenLabsPageSize";

    private ElevenLabsConstants() {
    }
}
