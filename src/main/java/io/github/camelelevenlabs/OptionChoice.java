package io.github.camelelevenlabs;

import io.github.camelelevenlabs.client.ServerText;
import org.apache.camel.Exchange;
import org.apache.camel.support.TypeConverterSupport;

/**
 * The value of an enum option (the region, the operation) read from text, wherever it is set: an endpoint URI, the
 * component's properties in Camel Main or JBang. Camel's own enum conversion names neither the option nor the values
 * it takes; this says both.
 *
 * @param <E> the option's enum
 */
final class OptionChoice<E extends Enum<E>> extends TypeConverterSupport {

    private final String option;
    private final Class<E> type;

    OptionChoice(String option, Class<E> type) {
        this.option = option;
        this.type = type;
    }

    /**
     * @return the value named, by its name in URIs ({@code eu}) or its constant ({@code EU}), in any case
     * @throws IllegalArgumentException naming the option, the value and the values it takes, when it names none
     */
    E parse(String text) {
        StringBuilder choices = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            if (value.toString().equalsIgnoreCase(text.trim()) || value.name().equalsIgnoreCase(text.trim())) {
                return value;
            }
            choices.append(choices.length() == 0 ? "" : ", ").append(value);
        }
        throw new IllegalArgumentException("Unknown " + option + " '" + ServerText.shown(text) + "': use one of "
                                           + choices);
    }

    @Override
    public <T> T convertTo(Class<T> target, Exchange exchange, Object value) {
        return target.cast(parse(value.toString()));
    }
}
