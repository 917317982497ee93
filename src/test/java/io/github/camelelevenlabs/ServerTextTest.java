package io.github.camelelevenlabs;

import java.util.Map;

import io.github.camelelevenlabs.client.ServerText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an answer says reaches exception messages, hence logs, dead letter headers and audit records: it can neither
 * forge a log line nor make a message of megabytes, and the answer as it came stays available.
 */
class ServerTextTest {

    private static final String URI = "https://api.elevenlabs.io/v1/convai/conversations/conv_1";
    private static final String FORGED = "\r\n2026-11-29 12:00:00 INFO forged: erasure complete";

    @Test
    void controlCharactersAndLineSeparatorsAreEscaped() {
        assertThat(ServerText.shown("a\r\nb\tc\u0000d\u0085e\u2028f\u2029g"))
                .isEqualTo("a\\r\\nb\\tc\\u0000d\\u0085e\\u2028f\\u2029g");
        assertThat(ServerText.shown("conv_01jx8k6rbnfcp8ty2pp1sy8kqs: ünïcødé 会话")).isEqualTo(
                "conv_01jx8k6rbnfcp8ty2pp1sy8kqs: ünïcødé 会话");
        assertThat(ServerText.shown(null)).isNull();
    }

    @Test
    void invisibleFormatCharactersAndUnpairedSurrogatesAreEscapedPairsAreKept() {
        assertThat(ServerText.shown("a\u202Eb\u2066c\uFEFFd")).isEqualTo("a\\u202Eb\\u2066c\\uFEFFd");
        assertThat(ServerText.shown("x\uD800y\uDC00z")).isEqualTo("x\\uD800y\\uDC00z");
        assertThat(ServerText.shown("emoji \uD83D\uDE00")).isEqualTo("emoji \uD83D\uDE00");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String shown = ServerText.shown("a".repeat(1023) + "\uD83D\uDE00" + "b".repeat(10));

        assertThat(shown).startsWith("a".repeat(1023) + "... (12 more characters)");
    }

    @Test
    void longTextIsCutAtAThousandAndTwentyFourCharactersSayingHowMuchMore() {
        String shown = ServerText.shown("x".repeat(3_000_000));

        assertThat(shown).startsWith("x".repeat(1024) + "... (").endsWith("2998976 more characters)");
    }

    @Test
    void a422WhoseMessageForgesALogLineGivesAMessageOnOneLine() {
        String body = "{\"detail\":[{\"loc\":[\"path\",\"conversation_id\"],\"msg\":\"bad" + FORGED.replace("\r", "\\r")
                .replace("\n", "\\n") + "\",\"type\":\"value_error\"}]}";

        ElevenLabsException failure = ApiErrorMapping.toException(ElevenLabsOperation.delete, URI, 422, null,
                Map.of("request-id", "req_1"), body);

        assertThat(failure.getMessage()).doesNotContain("\n").doesNotContain("\r").contains("bad\\r\\n2026-11-29");
        assertThat(failure.getResponseBody()).isEqualTo(body);
    }

    @Test
    void aRequestIdWithALineBreakInTheBodyIsEscapedInTheMessage() {
        String body = "{\"detail\":{\"status\":\"document_not_found\",\"message\":\"gone\",\"request_id\":\"req"
                      + FORGED.replace("\r", "\\r").replace("\n", "\\n") + "\"}}";

        ElevenLabsException failure = ApiErrorMapping.toException(ElevenLabsOperation.delete, URI, 404, null, Map.of(),
                body);

        assertThat(failure.getMessage()).doesNotContain("\n").doesNotContain("\r").contains("request-id req\\r\\n");
    }

    @Test
    void aMessageOfMegabytesBecomesAMessageOfAboutAKilobyteAndTheBodyStaysWhole() {
        String body = "{\"detail\":{\"status\":\"document_not_found\",\"message\":\"" + "m".repeat(3_000_000) + "\"}}";

        ElevenLabsException failure = ApiErrorMapping.toException(ElevenLabsOperation.delete, URI, 404, null, Map.of(),
                body);

        assertThat(failure.getMessage().length()).isLessThan(1_300);
        assertThat(failure.getMessage()).contains("2998976 more characters");
        assertThat(failure.getResponseBody()).hasSize(body.length());
        assertThat(failure.getErrorMessage()).as("the getter gives what ElevenLabs sent").hasSize(3_000_000);
    }

    /** {@code ${exception.errors}} and {@code ${body}} in a route show these objects' text. */
    @Test
    void aValidationErrorAndAListedConversationShowWhatTheServerSentEscapedKeepingItAsSent() {
        ValidationError error = new ValidationError(java.util.List.of("path", "conversation_id"), "bad" + FORGED,
                "value_error");
        ConversationSummary summary = new ConversationSummary("conv_1" + FORGED, "agent", null, Long.MAX_VALUE, 60,
                "done", "success");

        assertThat(error.toString()).doesNotContain("\r", "\n").contains("bad\\r\\n2026-11-29");
        assertThat(error.msg()).isEqualTo("bad" + FORGED);
        assertThat(summary.toString()).doesNotContain("\r", "\n").contains("conv_1\\r\\n2026-11-29");
        assertThat(summary.getConversationId()).isEqualTo("conv_1" + FORGED);
        assertThat(summary.getStartTime()).as("a start time past what an Instant holds").isEqualTo(
                java.time.Instant.MAX.minusNanos(999_999_999));
    }
}
