package io.github.camelelevenlabs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.github.camelelevenlabs.fake.FakeElevenLabs;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For any id at all: it is refused before anything is sent exactly when {@link #mustBeRefused an oracle written apart
 * from ConversationId} says no conversation can have it; otherwise the server receives exactly one path segment that
 * decodes to the id. The ids are fixed edge cases and random ones from a seed shown in each case's name; run again with
 * {@code -DconversationId.seed=N} to see the same ids.
 */
class ConversationIdPropertyTest {

    private static final long SEED = Long.getLong("conversationId.seed", 20261129L);
    private static final int RANDOM_IDS = 300;
    private static final String SPECIAL = "/?#%.+ &=;:@\\";

    private static FakeElevenLabs fake;
    private static CamelContext context;

    @BeforeAll
    static void start() {
        fake = new FakeElevenLabs().start();
        context = new DefaultCamelContext();
        ElevenLabsComponent component = new ElevenLabsComponent();
        component.setApiKey(FakeElevenLabs.API_KEY);
        component.setEnvironment(name -> null);
        context.addComponent("elevenlabs", component);
        context.start();
    }

    @AfterAll
    static void stop() {
        context.stop();
        assertThat(fake.contractViolations()).isEmpty();
        fake.close();
    }

    static List<Arguments> ids() {
        List<Arguments> ids = new ArrayList<>();
        for (String edge : new String[] { "", ".", "..", "...", "a".repeat(512), "a".repeat(513), "\uD800", "a\uDC00b",
                "\uD83D\uDE00", "\u007F", "a\u0085", "\u2028", "a\u2028b", " ", "\t", "conv_\n", "%2e%2e", "conv/a" }) {
            ids.add(Arguments.of(edge, "edge case " + printable(edge)));
        }
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_IDS; i++) {
            String id = switch (i % 3) {
                case 0 -> randomChars(random, 40, () -> (char) random.nextInt(Character.MAX_VALUE + 1));
                case 1 -> randomChars(random, 8, () -> SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                default -> randomChars(random, 600, () -> "abcdefghijklmnopqrstuvwxyz0123456789_-"
                        .charAt(random.nextInt(38)));
            };
            ids.add(Arguments.of(id, "seed " + SEED + ", id " + i + ": " + printable(id)));
        }
        return ids;
    }

    private static String randomChars(Random random, int maxLength, java.util.function.Supplier<Character> next) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(next.get());
        }
        return id.toString();
    }

    /**
     * The oracle, from what ElevenLabs and URLs allow rather than from ConversationId's code: an id no conversation can
     * have is empty, only white space, a dot segment, over 512 code points, or holds a control character (Unicode
     * category Cc) or a surrogate that is not half of a pair.
     */
    static boolean mustBeRefused(String id) {
        if (id.isEmpty() || id.equals(".") || id.equals("..")) {
            return true;
        }
        int[] codePoints = id.codePoints().toArray();
        if (codePoints.length > 512) {
            return true;
        }
        boolean allWhiteSpace = true;
        for (int codePoint : codePoints) {
            int type = Character.getType(codePoint);
            if (type == Character.CONTROL || type == Character.SURROGATE) {
                return true;
            }
            allWhiteSpace &= Character.isWhitespace(codePoint);
        }
        return allWhiteSpace;
    }

    private static String printable(String id) {
        StringBuilder shown = new StringBuilder();
        id.codePoints().limit(24).forEach(c -> shown.append(c >= 0x21 && c < 0x7F ? Character.toString(c)
                : String.format("\\u%04X", c)));
        return id.length() > 24 ? shown + "... (" + id.length() + " chars)" : shown.toString();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("ids")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void anIdIsRefusedBeforeSendingExactlyWhenNoConversationCanHaveItAndOtherwiseReachesTheServerAsOneSegment(
            String id, String name) {
        fake.reset();
        fake.addConversations(id);

        Exchange exchange = context.createProducerTemplate().send(
                "elevenlabs:conversations?operation=delete&baseUrl=" + fake.baseUrl(),
                e -> e.getMessage().setHeader(ElevenLabsConstants.CONVERSATION_ID, id));

        List<FakeElevenLabs.RecordedRequest> requests = fake.requests();
        if (mustBeRefused(id)) {
            assertThat(exchange.getException()).isInstanceOf(InvalidConversationIdException.class);
            assertThat(requests).isEmpty();
            return;
        }
        assertThat(exchange.getException()).isNull();
        assertThat(requests).hasSize(1);
        List<String> segments = requests.get(0).rawSegments();
        assertThat(segments).hasSize(4);
        assertThat(FakeElevenLabs.decodeSegment(segments.get(3))).isEqualTo(id);
        assertThat(fake.hasConversation(id)).isFalse();
    }
}
