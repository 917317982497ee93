package io.github.camelelevenlabs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import io.github.camelelevenlabs.client.ServerText;

/**
 * How a list filter's value is read, from its message header or its endpoint option, into the values sent as its
 * query parameter: each kind takes the Java types that can carry its value and refuses everything else, with a reason
 * that {@link ConversationFilters} turns into an {@link InvalidListFilterException} naming the filter and where the
 * value came from. A value is never dropped or repaired: what cannot be sent as written is refused.
 */
sealed interface FilterKind {

    /** Makes the exception for a refused value: the filter, where its value came from, and {@code why}. */
    @FunctionalInterface
    interface Refusal {
        InvalidListFilterException because(String why);
    }

    /**
     * @param  value                      the header's value (any object, null included) or the option's
     * @return                            the values to send, each as one query parameter, in order; never empty
     * @throws InvalidListFilterException when the value cannot be sent as this kind
     */
    List<String> read(Object value, Refusal refusal);

    /** @return whether these values narrow the listing, and so count as a filter for the unfiltered rule */
    default boolean narrows(List<String> values) {
        return true;
    }

    /**
     * Text that is not blank, sent as written.
     *
     * @param allowed the values ElevenLabs accepts, in the order messages list them; empty for any text
     */
    record Text(List<String> allowed) implements FilterKind {

        @Override
        public List<String> read(Object value, Refusal refusal) {
            String text = sendable(present(value, refusal), "", refusal, "text");
            String why = notAllowed(text, allowed);
            if (why != null) {
                throw refusal.because(why);
            }
            return List.of(text);
        }
    }

    /**
     * A whole number from {@code min} to {@code max}: a whole {@link Number}, or text of digits.
     *
     * @param noun  what the number is, for messages: "a Unix time in seconds"
     * @param whole what a fraction is not, for messages: "a whole number of seconds"
     */
    record WholeNumber(long min, long max, String noun, String whole) implements FilterKind {

        @Override
        public List<String> read(Object value, Refusal refusal) {
            Object present = present(value, refusal);
            long number;
            if (present instanceof Number given) {
                try {
                    number = new BigDecimal(given.toString()).longValueExact();
                } catch (NumberFormatException | ArithmeticException notWhole) {
                    throw refusal.because("is " + given + ", not " + whole);
                }
            } else {
                String digits = sendable(present, "", refusal, noun);
                if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw refusal.because("is not " + noun + " (digits only): '" + ServerText.shown(digits) + "'");
                }
                try {
                    number = Long.parseLong(digits);
                } catch (NumberFormatException tooLarge) {
                    throw refusal.because("is too large for " + noun + ": '" + ServerText.shown(digits) + "'");
                }
            }
            if (number < min) {
                throw refusal.because(min == 0 ? "is negative (" + number + ")"
                        : "is " + number + ", less than " + min);
            }
            if (number > max) {
                throw refusal.because("is " + number + ", more than " + max);
            }
            return List.of(String.valueOf(number));
        }
    }

    /**
     * true or false: a {@link Boolean}, or that text in any case. Only true counts as narrowing: ElevenLabs may read
     * false as "no filter", and a listing must never be wider than asked.
     */
    record Flag() implements FilterKind {

        @Override
        public List<String> read(Object value, Refusal refusal) {
            Object present = present(value, refusal);
            if (present instanceof Boolean flag) {
                return List.of(flag.toString());
            }
            String text = sendable(present, "", refusal, "true or false").toLowerCase(Locale.ROOT);
            if (!text.equals("true") && !text.equals("false")) {
                throw refusal.because("is '" + ServerText.shown(text) + "', not true or false");
            }
            return List.of(text);
        }

        @Override
        public boolean narrows(List<String> values) {
            return values.contains("true");
        }
    }

    /**
     * Several text values, each sent as a query parameter of its own: a {@link Collection} of text, or text whose
     * values are separated by commas (on a URI, the only way to write a list; a value with a comma needs a
     * Collection). Each value is checked as text that is not blank, then by {@code rule}.
     *
     * @param maxValues how many values ElevenLabs accepts
     * @param rule      why one value is refused (the reason, completing "value 2 of 3 ..."), or null when it can be
     *                  sent
     */
    record TextList(int maxValues, UnaryOperator<String> rule) implements FilterKind {

        /** A list of any text values, as many as given. */
        static TextList any() {
            return new TextList(Integer.MAX_VALUE, text -> null);
        }

        /** A list of values from {@code allowed}. */
        static TextList of(List<String> allowed) {
            return new TextList(Integer.MAX_VALUE, text -> notAllowed(text, allowed));
        }

        @Override
        public List<String> read(Object value, Refusal refusal) {
            Object present = present(value, refusal);
            // an ArrayList, not List.copyOf: a null element is refused by name, not by a NullPointerException
            List<?> given = present instanceof Collection<?> collection ? new ArrayList<>(collection)
                    : List.of(sendable(present, "", refusal, "text or a Collection of text").split(",", -1));
            if (given.isEmpty()) {
                throw refusal.because("is an empty Collection");
            }
            if (given.size() > maxValues) {
                throw refusal.because("has " + given.size() + " values, more than the " + maxValues
                                      + " ElevenLabs accepts");
            }
            List<String> values = new ArrayList<>(given.size());
            for (int i = 0; i < given.size(); i++) {
                String which = "has value " + (i + 1) + " of " + given.size() + " that ";
                Object element = given.get(i);
                if (element == null) {
                    throw refusal.because(which + "is null");
                }
                String text = sendable(element, which, refusal, "text");
                String why = rule.apply(text);
                if (why != null) {
                    throw refusal.because(which + why);
                }
                values.add(text);
            }
            return values;
        }
    }

    /** @return the value, refused when null: a header that is there asks for its filter */
    private static Object present(Object value, Refusal refusal) {
        if (value == null) {
            throw refusal.because("is present with no value (null)");
        }
        return value;
    }

    /**
     * @param  which what is checked, before the reason: "" for the whole value, "has value 2 of 3 that " for one of
     *               a list's
     * @param  expected what the value should have been, for a value that is not text: "a Unix time in seconds"
     * @return          the value as text: not empty, not blank, no control character
     */
    private static String sendable(Object value, String which, Refusal refusal, String expected) {
        if (!(value instanceof CharSequence sequence)) {
            throw refusal.because(which + "is a " + value.getClass().getName() + ", not " + expected);
        }
        String text = sequence.toString();
        if (text.isBlank()) {
            throw refusal.because(which + (text.isEmpty() ? "is empty" : "is blank"));
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw refusal.because(which + "contains a control character");
        }
        return text;
    }

    /** @return why {@code text} is not one of {@code allowed}, or null when it is (or any text is allowed) */
    private static String notAllowed(String text, List<String> allowed) {
        if (allowed.isEmpty() || allowed.contains(text)) {
            return null;
        }
        return "is '" + ServerText.shown(text) + "', not one of " + String.join(", ", allowed);
    }
}
