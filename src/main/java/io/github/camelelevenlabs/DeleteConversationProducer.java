package io.github.camelelevenlabs;

import java.util.LinkedHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the conversation named by the message: {@code DELETE /v1/convai/conversations/{conversation_id}}.
 * <p>
 * On success the message body is ElevenLabs' JSON answer, parsed ({@code null} when the answer was empty), and the
 * headers carry the status, the request id and the id that was deleted. Every failure sets the exchange's exception
 * before the callback is called, exactly once.
 */
final class DeleteConversationProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(DeleteConversationProducer.class);
    /** A reader with its deserializer resolved once: reading tiny answers costs little more than the bytes. */
    private static final ObjectReader JSON = new ObjectMapper().readerFor(Object.class);
    private static final String PATH = "/v1/convai/conversations/";

    private final ElevenLabsEndpoint endpoint;
    private ApiKey apiKey;
    private ApiBaseUrl baseUrl;
    private ElevenLabsApiClient client;
    private RetryPolicy retryPolicy;
    private ScheduledExecutorService timers;
    private final Set<ApiCall> pending = ConcurrentHashMap.newKeySet();

    DeleteConversationProducer(ElevenLabsEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        apiKey = endpoint.resolveApiKey();
        baseUrl = endpoint.getApiBaseUrl();
        client = endpoint.getComponent().apiClient();
        timers = endpoint.getComponent().timers();
        retryPolicy = endpoint.retryPolicy();
    }

    /** Calls still running when the producer stops fail with a clear exception: none hangs, no retry starts later. */
    @Override
    protected void doStop() throws Exception {
        for (ApiCall call : pending) {
            call.abandon("the producer stopped");
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ConversationId id;
        try {
            id = ConversationId.of(conversationId(exchange.getMessage()));
        } catch (InvalidConversationIdException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        ElevenLabsConfiguration configuration = endpoint.getConfiguration();
        RequestTarget target = baseUrl.target(PATH + id.pathSegment());
        LOG.debug("Deleting conversation {} at {}", id, target);
        ApiCall call = new ApiCall(client, endpoint.concurrencyLimit(), retryPolicy, timers, "DELETE", target, apiKey,
                configuration.getConnectTimeout(), configuration.getRequestTimeout());
        pending.add(call);
        call.start().whenComplete((response, failure) -> {
                    pending.remove(call);
                    try {
                        exchange.getMessage().setHeader(ElevenLabsConstants.ATTEMPTS, call.attempts());
                        if (failure != null) {
                            exchange.setException(failure);
                        } else {
                            onAnswer(exchange, id, target, response, configuration.isIgnoreNotFound());
                        }
                    } catch (Exception e) {
                        exchange.setException(e);
                    } finally {
                        callback.done(false);
                    }
                });
        return false;
    }

    private String conversationId(Message message) {
        String fromHeader = message.getHeader(ElevenLabsConstants.CONVERSATION_ID, String.class);
        return fromHeader != null ? fromHeader : endpoint.getConfiguration().getConversationId();
    }

    private static void onAnswer(
            Exchange exchange, ConversationId id, RequestTarget target, ApiResponse response, boolean ignoreNotFound)
            throws Exception {
        Message message = exchange.getMessage();
        message.setHeader(ElevenLabsConstants.HTTP_RESPONSE_CODE, response.status());
        String requestId = response.header("request-id");
        if (requestId != null) {
            message.setHeader(ElevenLabsConstants.REQUEST_ID, requestId);
        }
        message.setHeader(ElevenLabsConstants.CONVERSATION_ID, id.value());
        if (ignoreNotFound) {
            message.setHeader(ElevenLabsConstants.NOT_FOUND, response.status() == 404);
            if (response.status() == 404) {
                LOG.debug("Conversation {} was already gone (HTTP 404, request-id {})", id, requestId);
                message.setBody(null);
                return;
            }
        }
        if (!response.isSuccess()) {
            exchange.setException(ApiErrorMapping.toException(ElevenLabsOperation.delete, target.toString(),
                    response.status(), response.reason(), response.headers(), response.bodyText()));
            return;
        }
        LOG.debug("Deleted conversation {} (HTTP {}, request-id {})", id, response.status(), requestId);
        message.setBody(parsedBody(response));
    }

    private static Object parsedBody(ApiResponse response) throws Exception {
        byte[] body = response.body();
        if (body.length == 0) {
            return null;
        }
        if (body.length == 2 && body[0] == '{' && body[1] == '}') {
            // the usual answer to a delete
            return new LinkedHashMap<String, Object>();
        }
        try {
            return JSON.readValue(body);
        } catch (com.fasterxml.jackson.core.JacksonException notJson) {
            // the call succeeded; an answer that is not JSON is handed over as text rather than failing a done delete
            return response.bodyText();
        }
    }
}
