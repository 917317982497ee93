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
    @Metadata(label = "producer", description = "The id of the conversation to delete, get or getAudio (for example conv_...)."
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
                                                + " (for getAudio, its recording) did not exist (404) and the exchange"
                                                + " completed anyway, false when it was found (deleted, read).",
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
    @Metadata(label = "producer", description = "operation=list: only conversations that visited these agents, at"
                                                + " most 50. A Collection of text, or text separated by commas. Wins"
                                                + " over the visitedAgentIds option.",
              javaType = "java.util.Collection<String>")
    public static final String VISITED_AGENT_IDS = "CamelElevenLabsVisitedAgentIds";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations that visited these agent"
                                                + " branches, at most 50. A Collection of text, or text separated by"
                                                + " commas. Wins over the visitedAgentBranchIds option.",
              javaType = "java.util.Collection<String>")
    public static final String VISITED_AGENT_BRANCH_IDS = "CamelElevenLabsVisitedAgentBranchIds";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations that lasted at least this"
                                                + " many seconds (0 or more). Wins over the callDurationMinSecs"
                                                + " option.",
              javaType = "Integer")
    public static final String CALL_DURATION_MIN_SECS = "CamelElevenLabsCallDurationMinSecs";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations that lasted at most this many"
                                                + " seconds (0 or more). Wins over the callDurationMaxSecs option.",
              javaType = "Integer")
    public static final String CALL_DURATION_MAX_SECS = "CamelElevenLabsCallDurationMaxSecs";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations rated at least this, 1 to 5."
                                                + " Wins over the ratingMin option.",
              javaType = "Integer")
    public static final String RATING_MIN = "CamelElevenLabsRatingMin";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations rated at most this, 1 to 5."
                                                + " Wins over the ratingMax option.",
              javaType = "Integer")
    public static final String RATING_MAX = "CamelElevenLabsRatingMax";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: true: only conversations whose user left a"
                                                + " feedback comment. false is sent too, but is no filter for the"
                                                + " unfiltered rule. Wins over the hasFeedbackComment option.",
              javaType = "Boolean")
    public static final String HAS_FEEDBACK_COMMENT = "CamelElevenLabsHasFeedbackComment";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: true: only text-only conversations. false is"
                                                + " sent too, but is no filter for the unfiltered rule. Wins over the"
                                                + " textOnly option.",
              javaType = "Boolean")
    public static final String TEXT_ONLY = "CamelElevenLabsTextOnly";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations whose evaluation criteria had"
                                                + " these results, each criteria_id:result with result success,"
                                                + " failure or unknown (the criteria id is what comes before the last"
                                                + " colon). A Collection of text, or text separated by commas. Wins"
                                                + " over the evaluationParams option.",
              javaType = "java.util.Collection<String>")
    public static final String EVALUATION_PARAMS = "CamelElevenLabsEvaluationParams";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations whose collected data meet"
                                                + " these conditions, each id:op:value, op one of eq, neq, gt, gte,"
                                                + " lt, lte, in (values separated by pipes, none empty), exists and"
                                                + " missing (which take no value: id:exists). The id is what comes"
                                                + " before the first colon; the value, sent as written, may hold"
                                                + " colons. A Collection of text, or text separated by commas. Wins"
                                                + " over the dataCollectionParams option.",
              javaType = "java.util.Collection<String>")
    public static final String DATA_COLLECTION_PARAMS = "CamelElevenLabsDataCollectionParams";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: the data collection items whose results"
                                                + " ElevenLabs adds to each summary"
                                                + " (ConversationSummary.getDataCollectionResults()). It does not"
                                                + " narrow the listing, so it is no filter for the unfiltered rule. A"
                                                + " Collection of text, or text separated by commas. Wins over the"
                                                + " dataCollectionIds option.",
              javaType = "java.util.Collection<String>")
    public static final String DATA_COLLECTION_IDS = "CamelElevenLabsDataCollectionIds";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: the evaluation criteria whose results ElevenLabs"
                                                + " adds to each summary"
                                                + " (ConversationSummary.getEvaluationCriteriaResults()). It does not"
                                                + " narrow the listing, so it is no filter for the unfiltered rule. A"
                                                + " Collection of text, or text separated by commas. Wins over the"
                                                + " evaluationCriteriaIds option.",
              javaType = "java.util.Collection<String>")
    public static final String EVALUATION_CRITERIA_IDS = "CamelElevenLabsEvaluationCriteriaIds";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations that called these tools. A"
                                                + " Collection of text, or text separated by commas. Wins over the"
                                                + " toolNames option.",
              javaType = "java.util.Collection<String>")
    public static final String TOOL_NAMES = "CamelElevenLabsToolNames";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations in which these tools were"
                                                + " called successfully. A Collection of text, or text separated by"
                                                + " commas. Wins over the toolNamesSuccessful option.",
              javaType = "java.util.Collection<String>")
    public static final String TOOL_NAMES_SUCCESSFUL = "CamelElevenLabsToolNamesSuccessful";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations in which calls of these tools"
                                                + " failed. A Collection of text, or text separated by commas. Wins"
                                                + " over the toolNamesErrored option.",
              javaType = "java.util.Collection<String>")
    public static final String TOOL_NAMES_ERRORED = "CamelElevenLabsToolNamesErrored";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations held mainly in these"
                                                + " languages (codes such as en). A Collection of text, or text"
                                                + " separated by commas. Wins over the mainLanguages option.",
              javaType = "java.util.Collection<String>")
    public static final String MAIN_LANGUAGES = "CamelElevenLabsMainLanguages";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations on these topics (topic ids)."
                                                + " A Collection of text, or text separated by commas. Wins over the"
                                                + " topicIds option.",
              javaType = "java.util.Collection<String>")
    public static final String TOPIC_IDS = "CamelElevenLabsTopicIds";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations with these tags (tag ids). A"
                                                + " Collection of text, or text separated by commas. Wins over the"
                                                + " tagIds option.",
              javaType = "java.util.Collection<String>")
    public static final String TAG_IDS = "CamelElevenLabsTagIds";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations that ended for these reasons,"
                                                + " as ElevenLabs words them. A Collection of text, or text separated"
                                                + " by commas. Wins over the terminationReasons option.",
              javaType = "java.util.Collection<String>")
    public static final String TERMINATION_REASONS = "CamelElevenLabsTerminationReasons";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations in which these custom"
                                                + " guardrails, by name, were triggered. A Collection of text, or text"
                                                + " separated by commas. Wins over the customGuardrailNames option.",
              javaType = "java.util.Collection<String>")
    public static final String CUSTOM_GUARDRAIL_NAMES = "CamelElevenLabsCustomGuardrailNames";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: include: ElevenLabs adds each conversation's"
                                                + " transcript summary (ConversationSummary.getTranscriptSummary());"
                                                + " exclude, its default: it does not. It does not narrow the listing,"
                                                + " so it is no filter for the unfiltered rule. Wins over the"
                                                + " summaryMode option.",
              javaType = "String")
    public static final String SUMMARY_MODE = "CamelElevenLabsSummaryMode";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations started from this source:"
                                                + " unknown, android_sdk, node_js_sdk, react_native_sdk, react_sdk,"
                                                + " js_sdk, python_sdk, widget, sip_trunk, twilio, exotel, genesys,"
                                                + " avaya, audiocodes, swift_sdk, whatsapp, twilio_sms, flutter_sdk,"
                                                + " zendesk_integration, slack_integration, telegram_integration,"
                                                + " intercom_integration, freshdesk_integration,"
                                                + " salesforce_integration, template_preview, genesys_bot_connector,"
                                                + " subagent_tool. Other values are refused. Wins over the"
                                                + " conversationInitiationSource option.",
              javaType = "String")
    public static final String CONVERSATION_INITIATION_SOURCE = "CamelElevenLabsConversationInitiationSource";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations of this product: agents or"
                                                + " speech_engine. Wins over the conversationProductType option.",
              javaType = "String")
    public static final String CONVERSATION_PRODUCT_TYPE = "CamelElevenLabsConversationProductType";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations of this agent branch. Wins"
                                                + " over the branchId option.",
              javaType = "String")
    public static final String BRANCH_ID = "CamelElevenLabsBranchId";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations of this agent version. Wins"
                                                + " over the versionId option.",
              javaType = "String")
    public static final String VERSION_ID = "CamelElevenLabsVersionId";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations whose parent conversation is"
                                                + " this one. Wins over the parentConversationId option.",
              javaType = "String")
    public static final String PARENT_CONVERSATION_ID = "CamelElevenLabsParentConversationId";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations that entered this workflow"
                                                + " node. Wins over the workflowNodeEnteredId option.",
              javaType = "String")
    public static final String WORKFLOW_NODE_ENTERED_ID = "CamelElevenLabsWorkflowNodeEnteredId";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: leave out conversations in these statuses:"
                                                + " initiated, in-progress, processing, done, failed. A Collection of"
                                                + " text, or text separated by commas. Wins over the excludeStatuses"
                                                + " option.",
              javaType = "java.util.Collection<String>")
    public static final String EXCLUDE_STATUSES = "CamelElevenLabsExcludeStatuses";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: only conversations in which guardrails of these"
                                                + " types were triggered: custom, prompt_injection, self_harm_intent,"
                                                + " violence_graphic, sexual, violence, harassment, sexual_minors,"
                                                + " self_harm, self_harm_instructions, harassment_threatening, hate,"
                                                + " hate_threatening, profanity, religion_or_politics,"
                                                + " medical_and_legal, guardrail. Other values are refused. A"
                                                + " Collection of text, or text separated by commas. Wins over the"
                                                + " guardrailTypes option.",
              javaType = "java.util.Collection<String>")
    public static final String GUARDRAIL_TYPES = "CamelElevenLabsGuardrailTypes";

    /** The {@value} header (described by its {@code @Metadata}). */
    @Metadata(label = "producer", description = "operation=list: how many conversations each request fetches, 1 to"
                                                + " 100. Wins over the pageSize option.",
              javaType = "Integer")
    public static final String PAGE_SIZE = "CamelElevenLabsPageSize";

    private ElevenLabsConstants() {
    }
}
