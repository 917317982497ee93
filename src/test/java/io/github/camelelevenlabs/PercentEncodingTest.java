package io.github.camelelevenlabs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.hc.core5.net.PercentCodec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids and filter values travel in the path and the query encoded by HttpCore's {@code PercentCodec.RFC3986}: every
 * UTF-8 byte but the unreserved characters encoded, so that {@code /}, {@code ?}, {@code #}, {@code &}, {@code +} and
 * {@code %} arrive as data. Checked against RFC 3986 written out here, on fixed edge cases and on seeded random text
 * (the seed is in the output and can be set with {@code -Dpercent.seed=...}).
 */
class PercentEncodingTest {

    private static final long SEED = Long.getLong("percent.seed", 20261129L);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** RFC 3986, section 2: unreserved characters as they are, every other UTF-8 byte as %XX in upper case. */
    private static String rfc3986(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                                 || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }

    private static List<String> corpus() {
        List<String> values = new ArrayList<>(List.of("conv_abc123", "", ".", "..", "a/b", "a?b#c", "a&b=c", "a+b",
                "100%", " x ", "é", "日本語", "😀", "~-._", "\u007f", "\u0085", "\u2028", "x".repeat(512)));
        for (int c = 0; c < 128; c++) {
            values.add(String.valueOf((char) c));
        }
        Random random = new Random(SEED);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(40);
            while (value.length() < length) {
                // mostly ASCII, some Latin, CJK and astral characters, all valid Unicode
                int kind = random.nextInt(10);
                int codePoint = kind < 6 ? 0x20 + random.nextInt(0x5F) : kind < 8 ? 0xA0 + random.nextInt(0x160)
                        : kind < 9 ? 0x4E00 + random.nextInt(0x5000) : 0x1F300 + random.nextInt(0x300);
                value.appendCodePoint(codePoint);
            }
            values.add(value.toString());
        }
        return values;
    }

    @Test
    void httpCoresRfc3986CodecEncodesEveryValueAsRfc3986Says() {
        System.out.println("PercentEncodingTest seed " + SEED);
        for (String value : corpus()) {
            assertThat(PercentCodec.RFC3986.encode(value)).as("seed %d, value %s", SEED, value)
                    .isEqualTo(rfc3986(value));
        }
    }
}
