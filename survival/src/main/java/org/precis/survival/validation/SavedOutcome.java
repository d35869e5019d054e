package org.precis.survival.validation;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.precis.survival.data.EventCoding;

/**
 * The outcome columns a saved model was fitted on, so another cohort is read the same way.
 *
 * @param timeColumn follow-up time column
 * @param eventColumn event column
 * @param eventValues the values meaning "event"; empty when any non-zero value is an event
 *     (a list rather than an optional so the JSON file needs no extension module)
 */
public record SavedOutcome(String timeColumn, String eventColumn, List<Double> eventValues) {
    public SavedOutcome {
        Objects.requireNonNull(timeColumn, "timeColumn");
        Objects.requireNonNull(eventColumn, "eventColumn");
        eventValues = List.copyOf(eventValues);
    }

    /** How the event column is read: the saved value, or any non-zero number. */
    EventCoding coding() {
        if (eventValues.size() > 1) {
            throw new IllegalArgumentException("the model names " + eventValues.size() + " event values " + eventValues
                    + "; a saved model has at most one");
        }
        return eventValues.isEmpty() ? EventCoding.anyNonZero() : EventCoding.of(OptionalDouble.of(eventValues.get(0)));
    }
}
