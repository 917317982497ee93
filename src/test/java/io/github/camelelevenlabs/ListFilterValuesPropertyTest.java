package io.github.camelelevenlabs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A list filter's values, as a Collection or as text separated by commas, reach the query as one parameter each, in
 * order, each encoded as RFC 3986 says (an oracle written here, independent of the component's encoder); a list with
 * an empty or blank value is refused naming the first. Seeded: a failure names the seed and round to replay.
 */
class ListFilterValuesPropertyTest {

    private static final long SEED = 16_2025L;
    private static final int ROUNDS = 2_000;
    /** Letters, the unreserved marks, the reserved characters, a space, non-ASCII and a surrogate pair. */
    private static final String[] PIECES = { "a", "Z", "7", "-", ".", "_", "~", ":", "/", "?", "#", "[", "]", "@", "!",
        "$", "&", "'", "(", ")", "*", "+", ";", "=", "%", "|", " ", "é", "ü", "中", "\uD83D\uDE00" };

    /** RFC 3986: every byte of the UTF-8 text but the unreserved characters as %XX. */
    private static String oracleEncoded(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static String value(Random random, boolean commas) {
        StringBuilder value = new StringBuilder();
        int length = 1 + random.nextInt(10);
        for (int i = 0; i < length; i++) {
            value.append(commas && random.nextInt(8) == 0 ? "," : PIECES[random.nextInt(PIECES.length)]);
        }
        // a value is never blank here: blank ones are put in on purpose below
        return value.toString().isBlank() ? value + "x" : value.toString();
    }

    @Test
    void listValuesReachTheQueryOneParameterEachEncodedAndABlankOneIsRefusedByPosition() throws Exception {
        Random random = new Random(SEED);
        try (CamelContext context = new DefaultCamelContext()) {
            ElevenLabsComponent component = new ElevenLabsComponent();
            component.setEnvironment(name -> null);
            context.addComponent("elevenlabs", component);
            ElevenLabsEndpoint endpoint = context.getEndpoint("elevenlabs:conversations?operation=list&unfiltered=true",
                    ElevenLabsEndpoint.class);

            for (int round = 0; round < ROUNDS; round++) {
                boolean asCollection = random.nextBoolean();
                List<String> values = new ArrayList<>();
                int count = 1 + random.nextInt(6);
                for (int i = 0; i < count; i++) {
                    values.add(value(random, asCollection));
                }
                int blankAt = random.nextInt(4) == 0 ? random.nextInt(count) : -1;
                if (blankAt >= 0) {
                    values.set(blankAt, random.nextBoolean() ? "" : " ".repeat(1 + random.nextInt(3)));
                }
                Message message = new DefaultExchange(context).getMessage();
                String text = String.join(",", values);
                message.setHeader(ElevenLabsConstants.TOOL_NAMES, asCollection ? values : text);
                String replay = "seed " + SEED + ", round " + round + ": " + values + (asCollection ? " as a Collection"
                        : " as text");

                if (blankAt < 0) {
                    List<String> parameters = new ArrayList<>();
                    values.forEach(v -> parameters.add("tool_names=" + oracleEncoded(v)));
                    assertThat(ConversationFilters.query(message, endpoint, 30)).as(replay)
                            .isEqualTo("?" + String.join("&", parameters) + "&page_size=30");
                } else if (!asCollection && text.isBlank()) {
                    assertThatThrownBy(() -> ConversationFilters.query(message, endpoint, 30)).as(replay)
                            .isInstanceOf(InvalidListFilterException.class)
                            .hasMessageContaining(text.isEmpty() ? ") is empty" : ") is blank");
                } else {
                    String what = values.get(blankAt).isEmpty() ? "empty" : "blank";
                    assertThatThrownBy(() -> ConversationFilters.query(message, endpoint, 30)).as(replay)
                            .isInstanceOf(InvalidListFilterException.class)
                            .hasMessageContaining("has value " + (blankAt + 1) + " of " + count + " that is " + what);
                }
            }
        }
    }
}
