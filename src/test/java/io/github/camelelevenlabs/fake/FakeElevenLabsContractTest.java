package io.github.camelelevenlabs.fake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.camelelevenlabs.fake.FakeElevenLabs.json;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract check that guards every component test can fail: it catches departures from the OpenAPI. */
class FakeElevenLabsContractTest {

    private static FakeElevenLabs fake;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        fake = new FakeElevenLabs().start();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private int send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("xi-api-key", FakeElevenLabs.API_KEY)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theFakesOwnAnswersMatchTheContract() throws Exception {
        fake.addConversations("conv_a");

        assertThat(send("DELETE", "/v1/convai/conversations/conv_a")).isEqualTo(200);
        assertThat(send("DELETE", "/v1/convai/conversations/conv_a")).isEqualTo(404);

        assertThat(fake.contractViolations()).isEmpty();
    }

    @Test
    void aValidationErrorWhoseLocationItemIsNeitherStringNorIntegerIsFlagged() throws Exception {
        fake.answerDeletesWith(json(422, "{\"detail\":[{\"loc\":[true],\"msg\":\"m\",\"type\":\"t\"}]}"));

        send("DELETE", "/v1/convai/conversations/conv_a");

        assertThat(fake.contractViolations()).anySatisfy(v -> assertThat(v).contains("loc"));
    }

    @Test
    void aValidationErrorWithoutItsRequiredFieldsIsFlagged() throws Exception {
        fake.answerDeletesWith(json(422, "{\"detail\":[{\"loc\":[\"path\"]}]}"));

        send("DELETE", "/v1/convai/conversations/conv_a");

        assertThat(fake.contractViolations()).isNotEmpty();
    }

    @Test
    void anEmptySuccessIsFlaggedUnlessMarkedOffContract() throws Exception {
        fake.answerDeletesWith(aResponse().withStatus(200));
        send("DELETE", "/v1/convai/conversations/conv_a");
        assertThat(fake.contractViolations()).isNotEmpty();

        fake.reset();
        fake.answerDeletesWith(FakeElevenLabs.offContract(aResponse().withStatus(200), "as the real service does"));
        send("DELETE", "/v1/convai/conversations/conv_a");
        assertThat(fake.contractViolations()).isEmpty();
    }

    @Test
    void aRequestTheApiDoesNotDefineIsFlagged() throws Exception {
        send("PATCH", "/v1/convai/conversations/conv_a");

        assertThat(fake.contractViolations()).isNotEmpty();
    }
}
