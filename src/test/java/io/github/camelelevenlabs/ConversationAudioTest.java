package io.github.camelelevenlabs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camelelevenlabs.client.AnswerBody;
import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** operation=getAudio: a conversation's recording, stored whole by the next endpoint, never held whole in memory. */
class ConversationAudioTest extends FakeElevenLabsTestSupport {

    @TempDir
    Path archive;

    /** A route as users write it: the recording straight to a file named after the conversation. */
    private RouteBuilder audioToFile(String... options) {
        String uri = onFake("getAudio", options);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:archive").to(uri)
                        .to("file:" + archive + "?fileName=${header.CamelElevenLabsConversationId}.mp3");
            }
        };
    }

    private static Exchange archive(CamelContext context, String id) {
        return context.createProducerTemplate().request("direct:archive",
                e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, id));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aRecordingIsStoredWholeByAFileEndpointWithItsTypeLengthAndChecksum(Transport transport) throws Exception {
        fake.addConversations("conv_long", "conv_short");
        fake.giveAudio("conv_long", 3 * AnswerBody.SPILL_BYTES + 17);
        fake.giveAudio("conv_short", 1_000);
        CamelContext context = camel(audioToFile(transport.with()));

        for (String id : new String[] { "conv_long", "conv_short" }) {
            Exchange exchange = archive(context, id);

            assertThat(exchange.getException()).isNull();
            byte[] expected = FakeElevenLabs.audioOf(id, fake.audioLength(id));
            assertThat(archive.resolve(id + ".mp3")).hasBinaryContent(expected);
            assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/mpeg");
            assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_LENGTH)).isEqualTo((long) expected.length);
            assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.AUDIO_SHA256)).isEqualTo(sha256(expected));
            assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS)).isEqualTo(1);
        }
        assertThat(fake.requests()).allSatisfy(request -> {
            assertThat(request.rawPath()).endsWith("/audio");
            assertThat(request.headers()).containsEntry("xi-api-key", KEY);
        });
    }

    @Test
    void aLongRecordingIsHandedOnAsAStreamCacheInAFileThatCamelsStreamCachingLeavesAlone() throws Exception {
        fake.addConversations("conv_long");
        fake.giveAudio("conv_long", 5 * AnswerBody.SPILL_BYTES);
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:archive").streamCache("true").to(onFake("getAudio")).log("${header.CamelElevenLabsAudioSha256}")
                        .process(e -> {
                            StreamCache audio = e.getMessage().getBody(StreamCache.class);
                            e.getMessage().setHeader("inMemory", audio.inMemory());
                            e.getMessage().setHeader("sameObject", audio == e.getMessage().getBody());
                            e.getMessage().setHeader("stored", e.getMessage().getBody(byte[].class));
                        });
            }
        });

        Exchange exchange = archive(context, "conv_long");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader("inMemory")).isEqualTo(false);
        assertThat(exchange.getMessage().getHeader("sameObject")).isEqualTo(true);
        assertThat((byte[]) exchange.getMessage().getHeader("stored"))
                .isEqualTo(FakeElevenLabs.audioOf("conv_long", 5 * AnswerBody.SPILL_BYTES));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void noTemporaryFileOutlivesAnExchangeThatStoredTheRecordingOrFailed(Transport transport) throws Exception {
        fake.addConversations("conv_kept", "conv_route_fails");
        fake.giveAudio("conv_kept", 2 * AnswerBody.SPILL_BYTES);
        fake.giveAudio("conv_route_fails", 2 * AnswerBody.SPILL_BYTES);
        long before = temporaryFiles();
        String uri = onFake("getAudio", transport.with());
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:archive").to(uri).choice()
                        .when(header(ElevenLabsConstants.CONVERSATION_ID).isEqualTo("conv_route_fails"))
                        .throwException(new IllegalStateException("the archive is full"))
                        .otherwise().to("file:" + archive).end();
            }
        });

        assertThat(archive(context, "conv_kept").getException()).isNull();
        assertThat(archive(context, "conv_route_fails").getException()).hasMessage("the archive is full");

        assertThat(temporaryFiles()).isEqualTo(before);
    }

    @Test
    void aProducerTemplateCallerReadsALongRecordingAfterTheExchangeIsDoneAndClosingItDeletesItsFile()
            throws Exception {
        fake.addConversations("conv_long");
        fake.giveAudio("conv_long", 3 * 1024 * 1024);
        CamelContext context = camel();
        long before = temporaryFiles();

        try (InputStream recording = context.createProducerTemplate().requestBodyAndHeader(onFake("getAudio"), null,
                ElevenLabsConstants.CONVERSATION_ID, "conv_long", InputStream.class)) {

            assertThat(recording.readAllBytes()).isEqualTo(FakeElevenLabs.audioOf("conv_long", 3 * 1024 * 1024));
            assertThat(temporaryFiles()).as("kept while the caller holds the stream").isEqualTo(before + 1);
        }
        assertThat(temporaryFiles()).as("deleted when the caller closes it").isEqualTo(before);
    }

    @Test
    void aConversationWithoutAudioFailsWithElevenLabsNotFoundException() throws Exception {
        fake.addConversations("conv_silent");
        fake.giveAudio("conv_silent", -1);
        CamelContext context = camel(audioToFile());

        Exchange exchange = archive(context, "conv_silent");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsNotFoundException.class)
                .hasMessageContaining("getAudio").hasMessageContaining("audio_not_found");
        assertThat(archive).isEmptyDirectory();
    }

    @Test
    void withIgnoreNotFoundAMissingRecordingIsMarkedAndNothingIsStored() throws Exception {
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:archive").setHeader(Exchange.CONTENT_LENGTH, constant(99L))
                        .to(onFake("getAudio", "ignoreNotFound=true"));
            }
        });

        Exchange exchange = archive(context, "conv_never_was");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.NOT_FOUND)).isEqualTo(true);
        assertThat(exchange.getMessage().getBody()).isNull();
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_LENGTH)).as("an earlier step's").isNull();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aRecordingCutOffHalfwayFailsTheExchangeAndNothingIsStoredOrLeftBehind(Transport transport)
            throws Exception {
        fake.addConversations("conv_cut");
        fake.stubFor(get(urlPathEqualTo("/v1/convai/conversations/conv_cut/audio")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        long before = temporaryFiles();
        CamelContext context = camel(audioToFile(transport.with()));

        Exchange exchange = context.createProducerTemplate().request("direct:archive", e -> {
            e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, "conv_cut");
            // what an earlier call on the message (its details) answered
            e.getMessage().setHeader(ElevenLabsConstants.REQUEST_ID, "req_of_the_details");
        });

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class)
                .hasMessageContaining("/audio");
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.REQUEST_ID)).as("no answer, no request id")
                .isNull();
        assertThat(archive).isEmptyDirectory();
        assertThat(temporaryFiles()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theRequestTimeoutCoversTheWholeRecordingNotOnlyItsFirstBytes(Transport transport) throws Exception {
        fake.addConversations("conv_slow");
        fake.stubFor(get(urlPathEqualTo("/v1/convai/conversations/conv_slow/audio")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg")
                        .withBody(FakeElevenLabs.audioOf("conv_slow", 200_000)).withChunkedDribbleDelay(10, 3_000)));
        CamelContext context = camel(audioToFile(transport.with("requestTimeout=600")));

        Exchange exchange = archive(context, "conv_slow");

        assertThat(exchange.getException()).isInstanceOf(ElevenLabsTransportException.class)
                .hasMessageContaining("600");
        assertThat(archive).isEmptyDirectory();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aServerErrorIsRetriedAndTheRecordingThatFollowsIsStoredWhole(Transport transport) throws Exception {
        fake.addConversations("conv_retried");
        fake.giveAudio("conv_retried", 2 * AnswerBody.SPILL_BYTES);
        fake.stubFor(get(urlPathEqualTo("/v1/convai/conversations/conv_retried/audio")).atPriority(1)
                .inScenario("busy").whenScenarioStateIs(STARTED).willSetStateTo("once")
                .willReturn(FakeElevenLabs.json(503, "{\"detail\":{\"status\":\"busy\"}}")));
        CamelContext context = camel(audioToFile(transport.with("initialRetryDelay=10")));

        Exchange exchange = archive(context, "conv_retried");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(ElevenLabsConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(archive.resolve("conv_retried.mp3"))
                .hasBinaryContent(FakeElevenLabs.audioOf("conv_retried", 2 * AnswerBody.SPILL_BYTES));
    }

    @Test
    void anIdThatCannotBeSentIsRefusedBeforeAnythingIsSent() throws Exception {
        CamelContext context = camel(audioToFile());

        Exchange exchange = archive(context, " ");

        assertThat(exchange.getException()).isInstanceOf(InvalidConversationIdException.class);
        assertThat(fake.requests()).isEmpty();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static long temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith(AnswerBody.TEMPORARY_FILE_PREFIX)).count();
        }
    }
}
