package io.github.camelelevenlabs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelelevenlabs.client.ApiBaseUrl;
import io.github.camelelevenlabs.client.ApiKey;
import io.github.camelelevenlabs.client.ConcurrencyLimit;
import io.github.camelelevenlabs.client.PlanConcurrency;
import io.github.camelelevenlabs.client.RetryPolicy;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.URISupport;
import org.apache.camel.support.SynchronousDelegateProducer;

/**
 * Calls the ElevenLabs Agents (Conversational AI) API, such as deleting a conversation's transcript, audio and
 * metadata. With JMX on (camel-management), each endpoint's MBean also shows what it has done: deletes by outcome,
 * retries, 429s by kind, calls waiting and in flight, and the account's plan.
 */
@ManagedResource(description = "ElevenLabs endpoint: deletes by outcome, retries, 429s, calls waiting and in flight,"
                               + " and the account's plan")
@UriEndpoint(firstVersion = "1.0.0", scheme = ElevenLabsConstants.SCHEME, title = "ElevenLabs",
             syntax = "elevenlabs:resource", producerOnly = true, category = { Category.AI },
             headersClass = ElevenLabsConstants.class)
public class ElevenLabsEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriPath(enums = "conversations", description = "The ElevenLabs resource the endpoint acts on.")
    @Metadata(required = true)
    private String resource;

    @UriParam(description = "What the endpoint does. It is fixed by the URI: no message header can change it.")
    @Metadata(required = true)
    private ElevenLabsOperation operation;

    @UriParam(description = "The conversation id to use when the message has no CamelElevenLabsConversationId header.")
    private String conversationId;

    @UriParam(label = "list", description = "operation=list: only conversations of this agent.")
    private String agentId;

    @UriParam(label = "list", description = "operation=list: only conversations with this end user (the user_id the"
                                            + " agent was given).")
    private String userId;

    @UriParam(label = "list", description = "operation=list: only conversations that started before this Unix time,"
                                            + " in seconds.")
    private Long callStartBeforeUnix;

    @UriParam(label = "list", description = "operation=list: only conversations that started after this Unix time,"
                                            + " in seconds.")
    private Long callStartAfterUnix;

    @UriParam(label = "list", enums = "success,failure,unknown",
              description = "operation=list: only conversations whose call was judged success, failure or unknown.")
    private String callSuccessful;

    @UriParam(label = "list", description = "operation=list: only conversations matching this text.")
    private String search;

    @UriParam(label = "list", description = "operation=list: only conversations that visited these agents, at"
                          + " most 50. Comma-separated on a URI; each value is sent as a parameter of its own.")
    private String visitedAgentIds;

    @UriParam(label = "list", description = "operation=list: only conversations that visited these agent"
                          + " branches, at most 50. Comma-separated on a URI; each value is sent as a parameter of its"
                          + " own.")
    private String visitedAgentBranchIds;

    @UriParam(label = "list", description = "operation=list: only conversations that lasted at least this many"
                          + " seconds (0 or more).")
    private Integer callDurationMinSecs;

    @UriParam(label = "list", description = "operation=list: only conversations that lasted at most this many"
                          + " seconds (0 or more).")
    private Integer callDurationMaxSecs;

    @UriParam(label = "list", description = "operation=list: only conversations rated at least this, 1 to 5.")
    private Integer ratingMin;

    @UriParam(label = "list", description = "operation=list: only conversations rated at most this, 1 to 5.")
    private Integer ratingMax;

    @UriParam(label = "list", description = "operation=list: true: only conversations whose user left a feedback"
                          + " comment. false is sent too, but does not count as a filter for the unfiltered rule:"
                          + " ElevenLabs may read it as no filter. Not sent unless set.")
    private Boolean hasFeedbackComment;

    @UriParam(label = "list", description = "operation=list: true: only text-only conversations. false is sent"
                          + " too, but does not count as a filter for the unfiltered rule: ElevenLabs may read it as"
                          + " no filter. Not sent unless set.")
    private Boolean textOnly;

    @UriParam(label = "list", description = "operation=list: only conversations whose evaluation criteria had"
                          + " these results, each criteria_id:result with result success, failure or unknown (the"
                          + " criteria id is what comes before the last colon). Comma-separated on a URI; each value"
                          + " is sent as a parameter of its own.")
    private String evaluationParams;

    @UriParam(label = "list", description = "operation=list: only conversations whose collected data meet these"
                          + " conditions, each id:op:value, op one of eq, neq, gt, gte, lt, lte, in (values separated"
                          + " by pipes, none empty), exists and missing (which take no value: id:exists). The id is what"
                          + " comes before the first colon; the value, sent as written, may hold colons."
                          + " Comma-separated on a URI; each value is sent as a parameter of its own. A condition with"
                          + " a comma needs the header, as a Collection.")
    private String dataCollectionParams;

    @UriParam(label = "list", description = "operation=list: the data collection items whose results ElevenLabs"
                          + " adds to each summary (ConversationSummary.getDataCollectionResults()). It does not"
                          + " narrow the listing, so it is no filter for the unfiltered rule. Comma-separated on a"
                          + " URI; each value is sent as a parameter of its own.")
    private String dataCollectionIds;

    @UriParam(label = "list", description = "operation=list: the evaluation criteria whose results ElevenLabs"
                          + " adds to each summary (ConversationSummary.getEvaluationCriteriaResults()). It does not"
                          + " narrow the listing, so it is no filter for the unfiltered rule. Comma-separated on a"
                          + " URI; each value is sent as a parameter of its own.")
    private String evaluationCriteriaIds;

    @UriParam(label = "list", description = "operation=list: only conversations that called these tools."
                          + " Comma-separated on a URI; each value is sent as a parameter of its own.")
    private String toolNames;

    @UriParam(label = "list", description = "operation=list: only conversations in which these tools were called"
                          + " successfully. Comma-separated on a URI; each value is sent as a parameter of its own.")
    private String toolNamesSuccessful;

    @UriParam(label = "list", description = "operation=list: only conversations in which calls of these tools"
                          + " failed. Comma-separated on a URI; each value is sent as a parameter of its own.")
    private String toolNamesErrored;

    @UriParam(label = "list", description = "operation=list: only conversations held mainly in these languages"
                          + " (codes such as en). Comma-separated on a URI; each value is sent as a parameter of its"
                          + " own.")
    private String mainLanguages;

    @UriParam(label = "list", description = "operation=list: only conversations on these topics (topic ids)."
                          + " Comma-separated on a URI; each value is sent as a parameter of its own.")
    private String topicIds;

    @UriParam(label = "list", description = "operation=list: only conversations with these tags (tag ids)."
                          + " Comma-separated on a URI; each value is sent as a parameter of its own.")
    private String tagIds;

    @UriParam(label = "list", description = "operation=list: only conversations that ended for these reasons, as"
                          + " ElevenLabs words them. Comma-separated on a URI; each value is sent as a parameter of"
                          + " its own.")
    private String terminationReasons;

    @UriParam(label = "list", description = "operation=list: only conversations in which these custom guardrails,"
                          + " by name, were triggered. Comma-separated on a URI; each value is sent as a parameter of"
                          + " its own.")
    private String customGuardrailNames;

    @UriParam(label = "list", enums = "exclude,include",
              description = "operation=list: include: ElevenLabs adds each conversation's transcript summary"
                          + " (ConversationSummary.getTranscriptSummary()); exclude, its default: it does not. It does"
                          + " not narrow the listing, so it is no filter for the unfiltered rule. Other values are"
                          + " refused before anything is sent.")
    private String summaryMode;

    @UriParam(label = "list", enums = "unknown,android_sdk,node_js_sdk,react_native_sdk,react_sdk,js_sdk,"
                      + "python_sdk,widget,sip_trunk,twilio,exotel,genesys,avaya,audiocodes,"
                      + "swift_sdk,whatsapp,twilio_sms,flutter_sdk,zendesk_integration,"
                      + "slack_integration,telegram_integration,intercom_integration,"
                      + "freshdesk_integration,salesforce_integration,template_preview,"
                      + "genesys_bot_connector,subagent_tool",
              description = "operation=list: only conversations started from this source: unknown, android_sdk,"
                          + " node_js_sdk, react_native_sdk, react_sdk, js_sdk, python_sdk, widget, sip_trunk, twilio,"
                          + " exotel, genesys, avaya, audiocodes, swift_sdk, whatsapp, twilio_sms, flutter_sdk,"
                          + " zendesk_integration, slack_integration, telegram_integration, intercom_integration,"
                          + " freshdesk_integration, salesforce_integration, template_preview, genesys_bot_connector,"
                          + " subagent_tool. A value not listed here is refused before anything is sent, even one"
                          + " ElevenLabs has added since: ElevenLabs would refuse a value it does not know (422), and"
                          + " a listing must never be wider than asked; a newer version of the component lists new"
                          + " values.")
    private String conversationInitiationSource;

    @UriParam(label = "list", enums = "agents,speech_engine",
              description = "operation=list: only conversations of this product: agents or speech_engine. Other"
                          + " values are refused before anything is sent.")
    private String conversationProductType;

    @UriParam(label = "list", description = "operation=list: only conversations of this agent branch.")
    private String branchId;

    @UriParam(label = "list", description = "operation=list: only conversations of this agent version.")
    private String versionId;

    @UriParam(label = "list", description = "operation=list: only conversations whose parent conversation is this"
                          + " one.")
    private String parentConversationId;

    @UriParam(label = "list", description = "operation=list: only conversations that entered this workflow node.")
    private String workflowNodeEnteredId;

    @UriParam(label = "list", description = "operation=list: leave out conversations in these statuses:"
                          + " initiated, in-progress, processing, done, failed. Comma-separated on a URI; each value"
                          + " is sent as a parameter of its own. Other values are refused before anything is sent.")
    private String excludeStatuses;

    @UriParam(label = "list", description = "operation=list: only conversations in which guardrails of these"
                          + " types were triggered: custom, prompt_injection, self_harm_intent, violence_graphic,"
                          + " sexual, violence, harassment, sexual_minors, self_harm, self_harm_instructions,"
                          + " harassment_threatening, hate, hate_threatening, profanity, religion_or_politics,"
                          + " medical_and_legal, guardrail. A value not listed here is refused before anything is"
                          + " sent, even one ElevenLabs has added since: ElevenLabs would refuse a value it does not"
                          + " know (422), and a listing must never be wider than asked; a newer version of the"
                          + " component lists new values. Comma-separated on a URI; each value is sent as a parameter"
                          + " of its own.")
    private String guardrailTypes;

    @UriParam(label = "get", enums = "json,opentelemetry",
              description = "operation=get: the form of the answer, sent as the format parameter only when set: json"
                            + " (ElevenLabs' default: transcript, metadata, analysis) or opentelemetry (the"
                            + " conversation as an OTLP-compatible trace). Either way the body is the parsed JSON, a"
                            + " Map. An endpoint option only, with no header: the steps after the call are written for"
                            + " one form.")
    private String format;

    @UriParam(label = "list", defaultValue = "0",
              description = "operation=list: the most conversations to return in all; 0 for all that match.")
    private long maxResults;

    // an endpoint option only: on the component it would widen every listing
    @UriParam(label = "list", defaultValue = "false",
              description = "operation=list: whether the endpoint may list without any filter that narrows the"
                            + " listing (every list option or its header but pageSize, maxResults, summaryMode,"
                            + " dataCollectionIds and evaluationCriteriaIds; hasFeedbackComment and textOnly only when"
                            + " true), that is every conversation of the account. Without it such a listing fails with"
                            + " InvalidListFilterException before anything is sent, since a listing often feeds"
                            + " deletes.")
    private boolean unfiltered;

    @UriParam
    private final ElevenLabsConfiguration configuration;

    private volatile ApiBaseUrl apiBaseUrl;
    private String healthCheckId;
    private volatile ConcurrencyLimit ceiling;
    private final EndpointActivity activity = new EndpointActivity();

    /**
     * @param uri           the endpoint URI
     * @param component     the component that created it
     * @param configuration its options
     */
    public ElevenLabsEndpoint(String uri, ElevenLabsComponent component, ElevenLabsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public ElevenLabsComponent getComponent() {
        return (ElevenLabsComponent) super.getComponent();
    }

    /**
     * @return the endpoint's options
     */
    public ElevenLabsConfiguration getConfiguration() {
        return configuration;
    }

    public String getResource() {
        return resource;
    }

    /** Sets the {@code resource} option (described on the field). */
    public void setResource(String resource) {
        this.resource = resource;
    }

    public ElevenLabsOperation getOperation() {
        return operation;
    }

    /** Sets the {@code operation} option (described on the field). */
    public void setOperation(ElevenLabsOperation operation) {
        this.operation = operation;
    }

    public String getConversationId() {
        return conversationId;
    }

    /** Sets the {@code conversationId} option (described on the field). */
    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public String getAgentId() {
        return agentId;
    }

    /** Sets the {@code agentId} option (described on the field). */
    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public String getUserId() {
        return userId;
    }

    /** Sets the {@code userId} option (described on the field). */
    public void setUserId(String userId) {
        this.userId = userId;
    }

    public Long getCallStartBeforeUnix() {
        return callStartBeforeUnix;
    }

    /** Sets the {@code callStartBeforeUnix} option (described on the field). */
    public void setCallStartBeforeUnix(Long callStartBeforeUnix) {
        this.callStartBeforeUnix = callStartBeforeUnix;
    }

    public Long getCallStartAfterUnix() {
        return callStartAfterUnix;
    }

    /** Sets the {@code callStartAfterUnix} option (described on the field). */
    public void setCallStartAfterUnix(Long callStartAfterUnix) {
        this.callStartAfterUnix = callStartAfterUnix;
    }

    public String getCallSuccessful() {
        return callSuccessful;
    }

    /** Sets the {@code callSuccessful} option (described on the field). */
    public void setCallSuccessful(String callSuccessful) {
        this.callSuccessful = callSuccessful;
    }

    public String getSearch() {
        return search;
    }

    /** Sets the {@code search} option (described on the field). */
    public void setSearch(String search) {
        this.search = search;
    }

    public String getVisitedAgentIds() {
        return visitedAgentIds;
    }

    /** Sets the {@code visitedAgentIds} option (described on the field). */
    public void setVisitedAgentIds(String visitedAgentIds) {
        this.visitedAgentIds = visitedAgentIds;
    }

    public String getVisitedAgentBranchIds() {
        return visitedAgentBranchIds;
    }

    /** Sets the {@code visitedAgentBranchIds} option (described on the field). */
    public void setVisitedAgentBranchIds(String visitedAgentBranchIds) {
        this.visitedAgentBranchIds = visitedAgentBranchIds;
    }

    public Integer getCallDurationMinSecs() {
        return callDurationMinSecs;
    }

    /** Sets the {@code callDurationMinSecs} option (described on the field). */
    public void setCallDurationMinSecs(Integer callDurationMinSecs) {
        this.callDurationMinSecs = callDurationMinSecs;
    }

    public Integer getCallDurationMaxSecs() {
        return callDurationMaxSecs;
    }

    /** Sets the {@code callDurationMaxSecs} option (described on the field). */
    public void setCallDurationMaxSecs(Integer callDurationMaxSecs) {
        this.callDurationMaxSecs = callDurationMaxSecs;
    }

    public Integer getRatingMin() {
        return ratingMin;
    }

    /** Sets the {@code ratingMin} option (described on the field). */
    public void setRatingMin(Integer ratingMin) {
        this.ratingMin = ratingMin;
    }

    public Integer getRatingMax() {
        return ratingMax;
    }

    /** Sets the {@code ratingMax} option (described on the field). */
    public void setRatingMax(Integer ratingMax) {
        this.ratingMax = ratingMax;
    }

    public Boolean getHasFeedbackComment() {
        return hasFeedbackComment;
    }

    /** Sets the {@code hasFeedbackComment} option (described on the field). */
    public void setHasFeedbackComment(Boolean hasFeedbackComment) {
        this.hasFeedbackComment = hasFeedbackComment;
    }

    public Boolean getTextOnly() {
        return textOnly;
    }

    /** Sets the {@code textOnly} option (described on the field). */
    public void setTextOnly(Boolean textOnly) {
        this.textOnly = textOnly;
    }

    public String getEvaluationParams() {
        return evaluationParams;
    }

    /** Sets the {@code evaluationParams} option (described on the field). */
    public void setEvaluationParams(String evaluationParams) {
        this.evaluationParams = evaluationParams;
    }

    public String getDataCollectionParams() {
        return dataCollectionParams;
    }

    /** Sets the {@code dataCollectionParams} option (described on the field). */
    public void setDataCollectionParams(String dataCollectionParams) {
        this.dataCollectionParams = dataCollectionParams;
    }

    public String getDataCollectionIds() {
        return dataCollectionIds;
    }

    /** Sets the {@code dataCollectionIds} option (described on the field). */
    public void setDataCollectionIds(String dataCollectionIds) {
        this.dataCollectionIds = dataCollectionIds;
    }

    public String getEvaluationCriteriaIds() {
        return evaluationCriteriaIds;
    }

    /** Sets the {@code evaluationCriteriaIds} option (described on the field). */
    public void setEvaluationCriteriaIds(String evaluationCriteriaIds) {
        this.evaluationCriteriaIds = evaluationCriteriaIds;
    }

    public String getToolNames() {
        return toolNames;
    }

    /** Sets the {@code toolNames} option (described on the field). */
    public void setToolNames(String toolNames) {
        this.toolNames = toolNames;
    }

    public String getToolNamesSuccessful() {
        return toolNamesSuccessful;
    }

    /** Sets the {@code toolNamesSuccessful} option (described on the field). */
    public void setToolNamesSuccessful(String toolNamesSuccessful) {
        this.toolNamesSuccessful = toolNamesSuccessful;
    }

    public String getToolNamesErrored() {
        return toolNamesErrored;
    }

    /** Sets the {@code toolNamesErrored} option (described on the field). */
    public void setToolNamesErrored(String toolNamesErrored) {
        this.toolNamesErrored = toolNamesErrored;
    }

    public String getMainLanguages() {
        return mainLanguages;
    }

    /** Sets the {@code mainLanguages} option (described on the field). */
    public void setMainLanguages(String mainLanguages) {
        this.mainLanguages = mainLanguages;
    }

    public String getTopicIds() {
        return topicIds;
    }

    /** Sets the {@code topicIds} option (described on the field). */
    public void setTopicIds(String topicIds) {
        this.topicIds = topicIds;
    }

    public String getTagIds() {
        return tagIds;
    }

    /** Sets the {@code tagIds} option (described on the field). */
    public void setTagIds(String tagIds) {
        this.tagIds = tagIds;
    }

    public String getTerminationReasons() {
        return terminationReasons;
    }

    /** Sets the {@code terminationReasons} option (described on the field). */
    public void setTerminationReasons(String terminationReasons) {
        this.terminationReasons = terminationReasons;
    }

    public String getCustomGuardrailNames() {
        return customGuardrailNames;
    }

    /** Sets the {@code customGuardrailNames} option (described on the field). */
    public void setCustomGuardrailNames(String customGuardrailNames) {
        this.customGuardrailNames = customGuardrailNames;
    }

    public String getSummaryMode() {
        return summaryMode;
    }

    /** Sets the {@code summaryMode} option (described on the field). */
    public void setSummaryMode(String summaryMode) {
        this.summaryMode = summaryMode;
    }

    public String getConversationInitiationSource() {
        return conversationInitiationSource;
    }

    /** Sets the {@code conversationInitiationSource} option (described on the field). */
    public void setConversationInitiationSource(String conversationInitiationSource) {
        this.conversationInitiationSource = conversationInitiationSource;
    }

    public String getConversationProductType() {
        return conversationProductType;
    }

    /** Sets the {@code conversationProductType} option (described on the field). */
    public void setConversationProductType(String conversationProductType) {
        this.conversationProductType = conversationProductType;
    }

    public String getBranchId() {
        return branchId;
    }

    /** Sets the {@code branchId} option (described on the field). */
    public void setBranchId(String branchId) {
        this.branchId = branchId;
    }

    public String getVersionId() {
        return versionId;
    }

    /** Sets the {@code versionId} option (described on the field). */
    public void setVersionId(String versionId) {
        this.versionId = versionId;
    }

    public String getParentConversationId() {
        return parentConversationId;
    }

    /** Sets the {@code parentConversationId} option (described on the field). */
    public void setParentConversationId(String parentConversationId) {
        this.parentConversationId = parentConversationId;
    }

    public String getWorkflowNodeEnteredId() {
        return workflowNodeEnteredId;
    }

    /** Sets the {@code workflowNodeEnteredId} option (described on the field). */
    public void setWorkflowNodeEnteredId(String workflowNodeEnteredId) {
        this.workflowNodeEnteredId = workflowNodeEnteredId;
    }

    public String getExcludeStatuses() {
        return excludeStatuses;
    }

    /** Sets the {@code excludeStatuses} option (described on the field). */
    public void setExcludeStatuses(String excludeStatuses) {
        this.excludeStatuses = excludeStatuses;
    }

    public String getGuardrailTypes() {
        return guardrailTypes;
    }

    /** Sets the {@code guardrailTypes} option (described on the field). */
    public void setGuardrailTypes(String guardrailTypes) {
        this.guardrailTypes = guardrailTypes;
    }

    public String getFormat() {
        return format;
    }

    /** Sets the {@code format} option (described on the field). */
    public void setFormat(String format) {
        this.format = format;
    }

    public long getMaxResults() {
        return maxResults;
    }

    /** Sets the {@code maxResults} option (described on the field). */
    public void setMaxResults(long maxResults) {
        this.maxResults = maxResults;
    }

    public boolean isUnfiltered() {
        return unfiltered;
    }

    /** Sets the {@code unfiltered} option (described on the field). */
    public void setUnfiltered(boolean unfiltered) {
        this.unfiltered = unfiltered;
    }

    void hideApiKeyInUri() {
        setEndpointUri(ApiKey.hiddenIn(getEndpointUri(), configuration.getApiKey()));
    }

    /** Refuses options that cannot work, before the endpoint is used: the message names the option and the URI. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        String uri = URISupport.sanitizeUri(getEndpointUri());
        if (getOperation() == null) {
            throw new IllegalArgumentException(
                    "The operation option is required, for example elevenlabs:conversations?operation=delete (" + uri
                                               + ")");
        }
        checkOptionsOfOtherOperations(uri);
        if (maxResults < 0) {
            throw new IllegalArgumentException("maxResults cannot be negative: 0 lists all that match (" + uri + ")");
        }
        if (configuration.getConnectTimeout() <= 0 || configuration.getRequestTimeout() <= 0) {
            throw new IllegalArgumentException("connectTimeout and requestTimeout must be positive (" + uri + ")");
        }
        try {
            // the same rules the producer applies to headers, checked here for the options
            if (operation == ElevenLabsOperation.list) {
                // a component-wide pageSize matters to listings only
                ListConversationsProducer.checkedPageSize(configuration.getPageSize());
            }
            ConversationFilters.checkOptions(this);
            GetConversationProducer.checkedFormat(getFormat());
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(invalid.getMessage() + " (" + uri + ")");
        }
        if (configuration.getMaxRetries() < 0 || configuration.getInitialRetryDelay() < 0
                || configuration.getMaxRetryDelay() < 0 || configuration.getMaxConcurrentRequests() < 0
                || configuration.getConcurrencyLimitTimeout() < 0 || configuration.getConcurrencyWaitTimeout() < 0) {
            throw new IllegalArgumentException("maxRetries, initialRetryDelay, maxRetryDelay, maxConcurrentRequests,"
                                               + " concurrencyLimitTimeout and concurrencyWaitTimeout cannot be"
                                               + " negative (" + uri + ")");
        }
    }

    /**
     * Refuses an endpoint-only option of another operation, which the operation would ignore: a delete endpoint given
     * a userId would still delete whatever id the message names, while its URI reads as if it were restricted.
     */
    private void checkOptionsOfOtherOperations(String uri) {
        List<String> foreign = new ArrayList<>();
        if (operation != ElevenLabsOperation.list) {
            foreign.addAll(ConversationFilters.optionsSet(this));
            if (maxResults != 0) {
                foreign.add("maxResults");
            }
            if (unfiltered) {
                foreign.add("unfiltered");
            }
        }
        if (operation != ElevenLabsOperation.get && format != null) {
            foreign.add("format");
        }
        if (operation == ElevenLabsOperation.list && conversationId != null) {
            foreign.add("conversationId");
        }
        if (!foreign.isEmpty()) {
            boolean one = foreign.size() == 1;
            String why = operation == ElevenLabsOperation.delete
                    ? " (a delete deletes the conversation the message names, whoever it belongs to)" : "";
            throw new IllegalArgumentException(String.join(", ", foreign) + (one ? " is an option" : " are options")
                                               + " of another operation than operation=" + operation
                                               + ", which would ignore " + (one ? "it" : "them") + why + ": remove "
                                               + (one ? "it" : "them") + " (" + uri + ")");
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        apiBaseUrl = ApiBaseUrl.resolve(configuration.getRegion(), configuration.getBaseUrl());
        int maxConcurrentRequests = configuration.getMaxConcurrentRequests();
        ceiling = maxConcurrentRequests > 0 ? new ConcurrencyLimit(maxConcurrentRequests) : null;
        // Camel runs producer checks only with camel.health.producers-enabled=true; the component can opt out too
        healthCheckId = getComponent().producerHealthChecks().register(this);
    }

    @Override
    protected void doStop() throws Exception {
        getComponent().producerHealthChecks().release(getCamelContext(), healthCheckId);
        healthCheckId = null;
        super.doStop();
    }

    /** @return this endpoint's own bound on its requests in flight, shared by its producers; null for none */
    ConcurrencyLimit ceiling() {
        return ceiling;
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(configuration.getMaxRetries(), Duration.ofMillis(configuration.getInitialRetryDelay()),
                Duration.ofMillis(configuration.getMaxRetryDelay()),
                Duration.ofMillis(configuration.getConcurrencyLimitTimeout()));
    }

    ApiBaseUrl getApiBaseUrl() {
        ApiBaseUrl resolved = apiBaseUrl;
        return resolved != null ? resolved : ApiBaseUrl.resolve(configuration.getRegion(), configuration.getBaseUrl());
    }

    ApiKey resolveApiKey() {
        return ApiKey.resolve(configuration.getApiKey(), getComponent().getApiKey(), getComponent().environment());
    }

    @Override
    public Producer createProducer() throws Exception {
        Producer producer = operationProducer();
        // Camel calls a synchronous producer's process(Exchange) on the route's thread, which waits for the answer
        return configuration.isSynchronous() ? new SynchronousDelegateProducer(producer) : producer;
    }

    private ElevenLabsProducer operationProducer() {
        return switch (operation) {
            case delete -> new DeleteConversationProducer(this);
            case get -> new GetConversationProducer(this);
            case list -> new ListConversationsProducer(this);
            case getAudio -> new GetConversationAudioProducer(this);
        };
    }

    EndpointActivity activity() {
        return activity;
    }

    /** @return deletes that ElevenLabs confirmed (2xx) */
    @ManagedAttribute(description = "Deletes ElevenLabs confirmed (2xx), since the endpoint started")
    public long getDeletesDeleted() {
        return activity.deletedCount();
    }

    /** @return deletes of conversations that were already gone (404), whether ignoreNotFound counts them done or not */
    @ManagedAttribute(description = "Deletes of conversations already gone (404), with or without ignoreNotFound")
    public long getDeletesAlreadyGone() {
        return activity.alreadyGoneCount();
    }

    /** @return deletes that failed: any other answer once retries were spent, no answer, or an id refused */
    @ManagedAttribute(description = "Deletes that failed: another answer once retries were spent, no answer, or an id"
                                    + " refused before sending")
    public long getDeletesFailed() {
        return activity.failedCount();
    }

    /** @return deletes checked and not sent, under dryRun */
    @ManagedAttribute(description = "Deletes checked and not sent (dryRun)")
    public long getDeletesDryRun() {
        return activity.dryRunCount();
    }

    /** @return requests sent again after an answer the retry policy retries (408, 409, 429 rate, 5xx) */
    @ManagedAttribute(description = "Requests sent again after an answer that is retried (408, 409, 429, 5xx); not"
                                    + " counting resends after a refusal over the plan")
    public long getRetries() {
        return activity.retryCount();
    }

    /** @return 429 answers that refused a request as over the plan's concurrency */
    @ManagedAttribute(description = "429 answers refusing a request over the plan's concurrency"
                                    + " (concurrent_limit_exceeded): the call waits and is sent again")
    public long getRefusedOverPlan() {
        return activity.overPlanRefusalCount();
    }

    /** @return 429 answers for another reason, such as a rate limit */
    @ManagedAttribute(description = "429 answers for another reason, such as rate_limit_exceeded: retried as the retry"
                                    + " policy says")
    public long getRefusedOverRateLimit() {
        return activity.rateLimitRefusalCount();
    }

    /** @return this endpoint's requests sent and not yet answered */
    @ManagedAttribute(description = "This endpoint's requests sent and not yet answered")
    public int getRequestsInFlight() {
        return activity.inFlightCount();
    }

    /** @return this endpoint's calls waiting for their turn under maxConcurrentRequests and the plan */
    @ManagedAttribute(description = "This endpoint's calls waiting for their turn (maxConcurrentRequests, the plan)")
    public int getCallsWaiting() {
        return activity.waitingCount();
    }

    /** @return the plan's concurrency as ElevenLabs last reported it; 0 before a producer started */
    @ManagedAttribute(description = "The account's plan concurrency as ElevenLabs last reported it"
                                    + " (maximum-concurrent-requests); 4 until its first answer, 0 before the endpoint"
                                    + " is used")
    public int getPlanLimit() {
        return activity.ofPlan(PlanConcurrency::plan);
    }

    /** @return the limit in force for the account, lower than the plan's while backing off after refusals */
    @ManagedAttribute(description = "The account's limit in force: the plan's, or lower while backing off after"
                                    + " refusals over it")
    public int getPlanLimitInForce() {
        return activity.ofPlan(PlanConcurrency::limit);
    }

    /** @return the account's requests in flight from every endpoint of this CamelContext's component */
    @ManagedAttribute(description = "The account's requests in flight, from every endpoint of the component")
    public int getPlanRequestsInFlight() {
        return activity.ofPlan(PlanConcurrency::inFlight);
    }

    /** @return the account's requests waiting for a place under the plan, from every endpoint of the component */
    @ManagedAttribute(description = "The account's requests waiting for a place under the plan, from every endpoint"
                                    + " of the component")
    public int getPlanRequestsWaiting() {
        return activity.ofPlan(PlanConcurrency::waiting);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException(
                "The elevenlabs component can only send (to), not consume (from): " + getEndpointUri());
    }

    /**
     * @return the base URL the endpoint calls, such as {@code https://api.eu.residency.elevenlabs.io}; null when the
     *         baseUrl option is invalid
     */
    @Override
    public String getServiceUrl() {
        try {
            return getApiBaseUrl().toString();
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    @Override
    public String getServiceProtocol() {
        String url = getServiceUrl();
        return url != null && url.startsWith("http:") ? "http" : "https";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("region", configuration.getRegion().toString(), "operation",
                String.valueOf(operation));
    }
}
