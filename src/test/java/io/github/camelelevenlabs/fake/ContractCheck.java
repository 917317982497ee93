package io.github.camelelevenlabs.fake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Checks served exchanges against the OpenAPI of ElevenLabs' reference page (a copy of the seed page's spec in
 * {@code src/test/resources/openapi}).
 */
final class ContractCheck {

    /** The published delete page; list and get, reconstructed from the reference facts. */
    private final OpenApiInteractionValidator deletes = validator("/openapi/delete-conversation.yaml");
    private final OpenApiInteractionValidator reads = validator("/openapi/conversations-list-get.yaml");

    private static OpenApiInteractionValidator validator(String resource) {
        String spec;
        try (InputStream in = ContractCheck.class.getResourceAsStream(resource)) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return OpenApiInteractionValidator.createForInlineApiSpecification(validatable(spec))
                // the pages document 200 and 422 only; 401, 404, 429 and 5xx are real answers they do not describe
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.response.status.unknown", ValidationReport.Level.IGNORE).build())
                .build();
    }

    /**
     * Adapts the published spec to what the validator checks correctly, changing no schema: the schema names
     * ("type_:ValidationError") break the name pattern it enforces, and in 3.1 mode it ignores {@code type}, so that
     * both branches of {@code oneOf: [string, integer]} match everything and every 422 would fail. The page uses no
     * 3.1-only construct, so it is read as 3.0.
     */
    static String validatable(String spec) {
        return spec.replace("type_:", "type_").replace("openapi: 3.1.0", "openapi: 3.0.3");
    }

    /** A baseUrl with a path (a proxy's mount point) puts a prefix before the API's own path; it is not the API's. */
    private static String apiPath(String rawPath) {
        int api = rawPath.indexOf("/v1/");
        return api > 0 ? rawPath.substring(api) : rawPath;
    }

    List<String> check(ServeEvent event) {
        LoggedRequest loggedRequest = event.getRequest();
        SimpleRequest.Builder request = new SimpleRequest.Builder(loggedRequest.getMethod().getName(),
                apiPath(FakeElevenLabs.RecordedRequest.of(loggedRequest).rawPath()));
        OpenApiInteractionValidator validator = loggedRequest.getMethod().getName().equals("GET") ? reads : deletes;
        for (String name : loggedRequest.getQueryParams().keySet()) {
            request.withQueryParam(name, loggedRequest.getQueryParams().get(name).values());
        }
        for (HttpHeader header : loggedRequest.getHeaders().all()) {
            request.withHeader(header.key(), header.values());
        }
        List<String> violations = new ArrayList<>();
        LoggedResponse loggedResponse = event.getResponse();
        ValidationReport report;
        boolean answerOffContract = loggedResponse != null && loggedResponse.getHeaders() != null
                && loggedResponse.getHeaders().getHeader(FakeElevenLabs.OFF_CONTRACT_HEADER).isPresent();
        if (loggedResponse == null || loggedResponse.getFault() != null || loggedResponse.getStatus() == 0
                || answerOffContract) {
            report = validator.validateRequest(request.build());
        } else {
            SimpleResponse.Builder response = SimpleResponse.Builder.status(loggedResponse.getStatus());
            if (loggedResponse.getHeaders() != null) {
                for (HttpHeader header : loggedResponse.getHeaders().all()) {
                    response.withHeader(header.key(), header.values());
                }
            }
            // a recording is checked by its status and headers: read as text, 50 MB of audio would say nothing more
            boolean audio = loggedResponse.getHeaders() != null
                    && loggedResponse.getHeaders().getContentTypeHeader().isPresent()
                    && loggedResponse.getHeaders().getContentTypeHeader().firstValue().startsWith("audio/");
            String body = audio ? null : loggedResponse.getBodyAsString();
            if (body != null && !body.isEmpty()) {
                response.withBody(body);
            }
            report = validator.validate(request.build(), response.build());
        }
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                violations.add(loggedRequest.getMethod() + " " + loggedRequest.getUrl() + " -> "
                               + (loggedResponse == null ? "no answer" : loggedResponse.getStatus()) + ": "
                               + message.getKey() + ": " + message.getMessage());
            }
        }
        return violations;
    }
}
