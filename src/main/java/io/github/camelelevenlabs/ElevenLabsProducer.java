package io.github.camelelevenlabs;

import java.util.LinkedHashMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelelevenlabs.client.ApiBaseUrl;
import io.github.camelelevenlabs.client.ApiCall;
import io.github.camelelevenlabs.client.ApiKey;
import io.github.camelelevenlabs.client.ApiResponse;
import io.github.camelelevenlabs.client.AnswerKind;
import io.github.camelelevenlabs.client.ApiTransport;
import io.github.camelelevenlabs.client.CallTimeouts;
import io.github.camelelevenlabs.client.PlanConcurrency;
import io.github.camelelevenlabs.client.RequestTarget;
import io.github.camelelevenlabs.client.RetryPolicy;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * What every operation's producer shares: the key, the base URL and the client resolved at start, calls that are
 * tracked so that stopping abandons them, and the one way an answer reaches the exchange. The callback is called
 * exactly once on every path, the exception already set.
 */
abstract class ElevenLabsProducer extends DefaultAsyncProducer {

    /** A reader with its deserializer resolved once: reading tiny answers costs little more than the bytes. */
    static final ObjectReader JSON = new ObjectMapper().readerFor(Object.class);
    static final String CONVERSATIONS = "/v1/convai/conversations";

    /** What an operation does with a complete answer; it may set the exchange's exception. */
    @FunctionalInterface
    interface AnswerHandler {
        void onAnswer(Exchange exchange, ApiResponse response, RequestTarget target) throws Exception;
    }

    final ElevenLabsEndpoint endpoint;
    private final Set<ApiCall> pending = ConcurrentHashMap.newKeySet();
    private ApiKey apiKey;
    private ApiBaseUrl baseUrl;
    private ApiTransport transport;
    private RetryPolicy retryPolicy;
    private PlanConcurrency plan;
    private ScheduledExecutorService timers;
    private Executor callbacks;

    ElevenLabsProducer(ElevenLabsEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        apiKey = endpoint.resolveApiKey();
        baseUrl = endpoint.getApiBaseUrl();
        retryPolicy = endpoint.retryPolicy();
        plan = endpoint.getComponent().planConcurrency(baseUrl, apiKey);
        endpoint.activity().usesPlan(plan);
        timers = endpoint.getComponent().timers();
        if (configuration().isSynchronous()) {
            // the caller waits in process(Exchange) and continues the route itself: it may as well make the call
            transport = endpoint.getComponent().blockingTransport(endpoint.getComponent().tlsContext(configuration()));
            return;
        }
        transport = endpoint.getComponent().nonBlockingTransport(endpoint.getComponent().tlsContext(configuration()));
        callbacks = endpoint.getComponent().callbacks();
    }

    /** Calls still running when the producer stops fail with a clear exception: none hangs, no retry starts later. */
    @Override
    protected void doStop() throws Exception {
        for (ApiCall call : pending) {
            call.abandon("the producer stopped");
        }
        super.doStop();
    }

    ElevenLabsConfiguration configuration() {
        return endpoint.getConfiguration();
    }

    RequestTarget target(String apiPathAndQuery) {
        return baseUrl.target(apiPathAndQuery);
    }

    /** Starts a call for JSON, with the endpoint's retries, within the plan and the endpoint's bound. */
    CompletableFuture<ApiResponse> start(ApiCall.Attempts attempts, String method, RequestTarget target) {
        return start(attempts, method, target, AnswerKind.JSON);
    }

    /** Starts a call, with the endpoint's retries, within the plan and the endpoint's bound; stopping abandons it. */
    CompletableFuture<ApiResponse> start(ApiCall.Attempts attempts, String method, RequestTarget target,
                                         AnswerKind kind) {
        ElevenLabsConfiguration configuration = configuration();
        ApiCall call = new ApiCall(transport, endpoint.ceiling(), plan, retryPolicy, timers, method, target, kind,
                apiKey,
                new CallTimeouts(configuration.getConcurrencyWaitTimeout(), configuration.getConnectTimeout(),
                        configuration.getRequestTimeout())).observedBy(endpoint.activity());
        pending.add(call);
        // the returned stage completes after the bookkeeping, so that callers see the attempts counted
        return call.start().whenComplete((response, failure) -> {
            pending.remove(call);
            attempts.record(call.attempts());
        });
    }

    /** Calls ElevenLabs for JSON for the exchange and hands the answer to {@code handler}; completes the exchange. */
    boolean call(Exchange exchange, AsyncCallback callback, String method, RequestTarget target,
                 AnswerHandler handler) {
        return call(exchange, callback, method, target, AnswerKind.JSON, handler);
    }

    /**
     * Calls ElevenLabs for the exchange and hands the answer to {@code handler}, which takes its body; completes the
     * exchange.
     */
    boolean call(Exchange exchange, AsyncCallback callback, String method, RequestTarget target, AnswerKind kind,
                 AnswerHandler handler) {
        ApiCall.Attempts attempts = new ApiCall.Attempts();
        CompletableFuture<ApiResponse> answer = start(attempts, method, target, kind);
        if (transport.isBlocking()) {
            // a synchronous endpoint's call, made on this thread: the route goes on here. A non-blocking call always
            // continues on the callback threads, even when it is already done, so that which thread runs the rest of
            // the route never depends on timing
            answer.whenComplete((response, failure) -> complete(exchange, attempts, response, failure, target, handler));
            callback.done(true);
            return true;
        }
        answer.whenCompleteAsync((response, failure) -> {
            try {
                complete(exchange, attempts, response, failure, target, handler);
            } finally {
                callback.done(false);
            }
        }, callbacks);
        return false;
    }

    private static void complete(Exchange exchange, ApiCall.Attempts attempts, ApiResponse response, Throwable failure,
                                 RequestTarget target, AnswerHandler handler) {
        try {
            exchange.getMessage().setHeader(ElevenLabsConstants.ATTEMPTS, attempts.count());
            if (failure != null) {
                // no answer: an earlier call's status and request id would be taken for this call's
                exchange.getMessage().removeHeader(ElevenLabsConstants.HTTP_RESPONSE_CODE);
                exchange.getMessage().removeHeader(ElevenLabsConstants.REQUEST_ID);
                exchange.setException(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            } else {
                setAnswerHeaders(exchange.getMessage(), response);
                handler.onAnswer(exchange, response, target);
            }
        } catch (Exception e) {
            exchange.setException(e);
        }
    }

    static void setAnswerHeaders(Message message, ApiResponse response) {
        message.setHeader(ElevenLabsConstants.HTTP_RESPONSE_CODE, response.status());
        String requestId = response.header("request-id");
        if (requestId != null) {
            message.setHeader(ElevenLabsConstants.REQUEST_ID, requestId);
        } else {
            // an earlier call's id would be taken for this answer's
            message.removeHeader(ElevenLabsConstants.REQUEST_ID);
        }
    }

    static ElevenLabsException failure(ElevenLabsOperation operation, RequestTarget target, ApiResponse response) {
        return ApiErrorMapping.toException(operation, target.toString(), response.status(), response.reason(),
                response.headers(), response.bodyText());
    }

    /** @return the answer's JSON, parsed: a Map for an object; null for an empty body; text if it is not JSON */
    static Object parsedBody(ApiResponse response) throws Exception {
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
        } catch (JacksonException notJson) {
            // the call succeeded; an answer that is not JSON is handed over as text rather than failing the exchange
            return response.bodyText();
        }
    }

    /**
     * With {@code ignoreNotFound}: records in the header whether the conversation was gone, and empties the body if
     * it was.
     *
     * @return true when the answer was a 404 that counts as done
     */
    boolean alreadyGone(Message message, ApiResponse response) {
        if (!configuration().isIgnoreNotFound()) {
            return false;
        }
        boolean gone = response.status() == 404;
        message.setHeader(ElevenLabsConstants.NOT_FOUND, gone);
        if (gone) {
            message.setBody(null);
        }
        return gone;
    }
}
