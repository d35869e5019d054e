package org.precis.survival.data;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Which value of the event column means an event: a named value (lung's status 2, or "dead" in a
 * text column), or, when none is named, any non-zero number.
 *
 * @param value the value meaning an event; empty for any non-zero number
 */
public record EventCoding(Optional<String> value) {

    public EventCoding {
        Objects.requireNonNull(value, "value");
        value = value.map(String::strip);
    }

    /** Any non-zero number is an event. */
    public static EventCoding anyNonZero() {
        return new EventCoding(Optional.empty());
    }

    /** Only {@code value} is an event; null means any non-zero number. */
    public static EventCoding of(String value) {
        return new EventCoding(Optional.ofNullable(value));
    }

    /** A numeric event value, or any non-zero number when empty. */
    public static EventCoding of(OptionalDouble value) {
        return value.isPresent() ? of(Column.formatNumber(value.getAsDouble())) : anyNonZero();
    }

    /** Whether each of {@code rows} (none missing the event) is an event, by the column's kind. */
    public boolean[] events(SurvivalTable table, String column, int[] rows) {
        Column events = table.column(column);
        boolean[] out = new boolean[rows.length];
        if (events.isNumeric()) {
            OptionalDouble number = numericValue(column);
            for (int i = 0; i < rows.length; i++) {
                double v = events.number(rows[i]).getAsDouble();
                out[i] = number.isPresent() ? v == number.getAsDouble() : v != 0;
            }
            return out;
        }
        if (value.isEmpty()) {
            int row = rows.length == 0 ? 0 : rows[0];
            throw new IllegalArgumentException("event column '" + column + "' holds text ('"
                    + events.text(row).orElse("") + "'): name the value that means an event (--event-value)");
        }
        for (int i = 0; i < rows.length; i++) {
            out[i] = events.text(rows[i]).orElseThrow().equals(value.get());
        }
        return out;
    }

    private OptionalDouble numericValue(String column) {
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(value.get()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("event value '" + value.get() + "' is not a number, but event column '"
                    + column + "' holds numbers");
        }
    }

    /** As an option would show it: the value, or "any non-zero". */
    @Override
    public String toString() {
        return value.orElse("any non-zero");
    }
}
