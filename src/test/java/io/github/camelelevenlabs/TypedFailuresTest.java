package io.github.camelelevenlabs;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static org.assertj.core.api.Assertions.assertThat;

class TypedFailuresTest extends FakeElevenLabsTestSupport {

    private static final String VALIDATION_ERROR = """
            {"detail":[
              {"loc":["path","conversation_id"],"msg":"String should have at most 64 characters","type":"string_too_long"},
              {"loc":["body",0,"name"],"msg":"Field required","type":"missing"}]}""";

    private Exchange deleteAnswered(int status, String body, String... headers) throws Exception {
        var answer = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("request-id", "req_" + status);
        for (int i = 0; i < headers.length; i += 2) {
            answer.withHeader(headers[i], headers[i + 1]);
        }
        if (body != null) {
            answer.withBody(body);
        }
        fake.answerDeletesWith(answer);
        // every answer final: no retry, and a refusal over the plan's concurrency not sent again
        return deleteVia(camel(), deleteOnFake("maxRetries=0", "concurrencyLimitTimeout=0"), "conv_x");
    }

    private Exchange deleteAnsweredOffContract(int status, String body, String why) throws Exception {
        var answer = aResponse().withStatus(status).withHeader("request-id", "req_" + status);
        if (body != null) {
            answer.withBody(body);
        }
        fake.answerDeletesWith(FakeElevenLabs.offContract(answer, why));
        return deleteVia(camel(), deleteOnFake("maxRetries=0"), "conv_x");
    }

    @Test
    void a422BecomesAValidationExceptionWithEachParsedError() throws Exception {
        Exchange exchange = deleteAnswered(422, VALIDATION_ERROR);

        ElevenLabsValidationException e = exchange.getException(ElevenLabsValidationException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(422);
        assertThat(e.getErrors()).containsExactly(
                new ValidationError(List.of("path", "conversation_id"), "String should have at most 64 characters",
                        "string_too_long"),
                new ValidationError(List.of("body", 0, "name"), "Field required", "missing"));
        assertThat(e.getErrors().get(1).location()).isEqualTo("body.0.name");
        assertThat(e.getResponseBody()).isEqualTo(VALIDATION_ERROR);
        assertThat(e.getRequestId()).isEqualTo("req_422");
        assertThat(e.getOperation()).isEqualTo(ElevenLabsOperation.delete);
        assertThat(e.getUri()).isEqualTo(fake.baseUrl() + "/v1/convai/conversations/conv_x");
        assertThat(e.getMessage()).contains("delete", "422", "path.conversation_id: String should have at most 64",
                "request-id req_422");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "not json", "[]", "{}", "{\"detail\":null}", "{\"detail\":[]}", "{\"detail\":[1, \"text\", null]}",
            "{\"detail\":[{\"loc\":\"not-a-list\"}]}", "{\"detail\":[{\"msg\":{\"nested\":true},\"type\":7}]}",
            "{\"detail\":{\"message\":\"object instead of list\"}}" })
    void a422WithABodyOfAnotherShapeStillBecomesAValidationException(String body) throws Exception {
        Exchange exchange = deleteAnsweredOffContract(422, body, "malformed 422 bodies must not break error handling");

        ElevenLabsValidationException e = exchange.getException(ElevenLabsValidationException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(422);
        assertThat(e.getErrors()).isNotNull().doesNotContainNull();
        assertThat(e.getMessage()).contains("HTTP 422");
    }

    @ParameterizedTest
    @CsvSource({
            "401, invalid_api_key",
            "403, missing_permissions" })
    void a401Or403BecomesAnAuthenticationException(int status, String code) throws Exception {
        Exchange exchange = deleteAnswered(status,
                "{\"detail\":{\"status\":\"" + code + "\",\"message\":\"Invalid API key\"}}");

        ElevenLabsAuthenticationException e = exchange.getException(ElevenLabsAuthenticationException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getErrorCode()).isEqualTo(code);
        assertThat(e.getErrorMessage()).isEqualTo("Invalid API key");
        assertThat(e.getMessage()).contains("HTTP " + status, "Invalid API key", "code " + code);
    }

    @Test
    void aWrongKeyIsRefusedByTheFakeAsByTheRealService() throws Exception {
        fake.acceptKey("sk_fake_another_key");
        Exchange exchange = deleteVia(camel(), deleteOnFake(), "conv_x");

        ElevenLabsAuthenticationException e = exchange.getException(ElevenLabsAuthenticationException.class);
        assertThat(e.getErrorCode()).isEqualTo("invalid_api_key");
        assertThat(e.getErrorType()).isEqualTo("authentication_error");
        assertThat(e.getRequestId()).startsWith("req_fake_");
    }

    @Test
    void anUnknownConversationBecomesANotFoundException() throws Exception {
        Exchange exchange = deleteVia(camel(), deleteOnFake(), "conv_never_existed");

        ElevenLabsNotFoundException e = exchange.getException(ElevenLabsNotFoundException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getErrorCode()).isEqualTo("document_not_found");
        assertThat(e.getMessage()).contains("Conversation conv_never_existed not found");
    }

    @Test
    void anEmptyBodied404IsAFailureNotASuccess() throws Exception {
        Exchange exchange = deleteAnsweredOffContract(404, null, "the Python SDK treats this as success; we do not");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsNotFoundException.class);
    }

    @Test
    void a429BecomesARateLimitExceptionWithTheRetryAfterInSeconds() throws Exception {
        Exchange exchange = deleteAnswered(429,
                "{\"detail\":{\"status\":\"concurrent_limit_exceeded\",\"message\":\"Too many concurrent requests\"}}",
                "Retry-After", "7");

        ElevenLabsRateLimitException e = exchange.getException(ElevenLabsRateLimitException.class);
        assertThat(e.getRetryAfter()).contains(Duration.ofSeconds(7));
        assertThat(e.getErrorCode()).isEqualTo("concurrent_limit_exceeded");
    }

    @Test
    void a429RetryAfterGivenAsAnHttpDateIsReadToo() throws Exception {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusMinutes(2));
        Exchange exchange = deleteAnswered(429, "{\"detail\":{\"status\":\"rate_limit_exceeded\"}}",
                "Retry-After", inTwoMinutes);

        Duration retryAfter = exchange.getException(ElevenLabsRateLimitException.class).getRetryAfter().orElseThrow();
        assertThat(retryAfter).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(120));
    }

    @Test
    void a429WithoutRetryAfterHasNone() throws Exception {
        Exchange exchange = deleteAnswered(429, "{\"detail\":{\"status\":\"rate_limit_exceeded\"}}");

        assertThat(exchange.getException(ElevenLabsRateLimitException.class).getRetryAfter()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 503, 504 })
    void a5xxBecomesAServerException(int status) throws Exception {
        Exchange exchange = deleteAnswered(status, "{\"detail\":{\"status\":\"system_busy\",\"message\":\"Busy\"}}");

        ElevenLabsServerException e = exchange.getException(ElevenLabsServerException.class);
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getMessage()).contains("Busy", "request-id req_" + status);
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 405, 408, 409, 302 })
    void anyOtherStatusBecomesTheBaseElevenLabsException(int status) throws Exception {
        Exchange exchange = deleteAnswered(status, "{\"detail\":\"Nope\"}");

        ElevenLabsException e = exchange.getException(ElevenLabsException.class);
        assertThat(e.getClass()).isEqualTo(ElevenLabsException.class);
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getErrorMessage()).isEqualTo("Nope");
    }

    @Test
    void everyFailureIsAnHttpOperationFailedExceptionWithTheAnswer() throws Exception {
        Exchange exchange = deleteAnswered(503, "{\"detail\":{\"message\":\"Busy\"}}", "Retry-After", "3");

        HttpOperationFailedException e = exchange.getException(HttpOperationFailedException.class);
        assertThat(e).isNotNull();
        assertThat(e.getHttpResponseCode()).isEqualTo(503);
        assertThat(e.getResponseHeaders()).containsEntry("Retry-After", "3");
        assertThat(e.getResponseBody()).contains("Busy");
    }

    @Test
    void routesCatchTheValidationExceptionByItsOwnTypeAndOtherFailuresAsHttpFailures() throws Exception {
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                onException(ElevenLabsValidationException.class).handled(true).to("mock:invalid");
                onException(HttpOperationFailedException.class).handled(true).to("mock:httpFailure");
                from("direct:erase")
                        .setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                        .to(deleteOnFake())
                        .to("mock:deleted");
            }
        });
        fake.stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .delete("/v1/convai/conversations/conv_invalid").atPriority(1)
                .willReturn(json(422, VALIDATION_ERROR)));
        fake.addConversations("conv_ok");
        MockEndpoint invalid = context.getEndpoint("mock:invalid", MockEndpoint.class);
        MockEndpoint httpFailure = context.getEndpoint("mock:httpFailure", MockEndpoint.class);
        MockEndpoint deleted = context.getEndpoint("mock:deleted", MockEndpoint.class);
        invalid.expectedBodiesReceived("conv_invalid");
        httpFailure.expectedBodiesReceived("conv_missing");
        deleted.expectedHeaderReceived(ElevenLabsConstants.CONVERSATION_ID, "conv_ok");

        var template = context.createProducerTemplate();
        template.sendBody("direct:erase", "conv_invalid");
        template.sendBody("direct:erase", "conv_missing");
        template.sendBody("direct:erase", "conv_ok");

        MockEndpoint.assertIsSatisfied(context);
        assertThat(invalid.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT))
                .isInstanceOf(ElevenLabsValidationException.class);
        assertThat(httpFailure.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT))
                .isInstanceOf(ElevenLabsNotFoundException.class);
    }
}
