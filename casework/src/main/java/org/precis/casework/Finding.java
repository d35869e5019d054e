package org.precis.casework;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing an analysis found, for a pathologist to review.
 *
 * @param key a stable name ({@code ki67_index}), unique within its analysis
 * @param label what people read ({@code Ki-67 index})
 * @param value a number ({@link Double}) or a category ({@link String})
 * @param unit the UCUM unit of a number ({@code %}, {@code mm2}, {@code 1}); empty for a category
 * @param interval a confidence interval of a number, when the analysis gives one
 * @param intervalMethod how the interval was made, said beside it
 */
public record Finding(
        String key,
        String label,
        Object value,
        Optional<String> unit,
        Optional<Interval> interval,
        Optional<String> intervalMethod) {

    public Finding {
        if (key == null || !key.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("finding key must be lower-case words joined by _: " + key);
        }
        Objects.requireNonNull(label, "label");
        if (!(value instanceof Double || value instanceof String)) {
            throw new IllegalArgumentException("finding " + key + ": value must be a number or a category");
        }
        if (value instanceof Double number && !Double.isFinite(number)) {
            throw new IllegalArgumentException("finding " + key + ": value must be finite, got " + number);
        }
    }

    public static Finding quantity(String key, String label, double value, String unit) {
        return new Finding(key, label, value, Optional.of(unit), Optional.empty(), Optional.empty());
    }

    public static Finding category(String key, String label, String value) {
        return new Finding(key, label, value, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Finding withInterval(Interval interval, String method) {
        return new Finding(key, label, value, unit, Optional.of(interval), Optional.of(method));
    }

    /** A two-sided interval at a stated level. */
    public record Interval(double lower, double upper, double level) {
        public Interval {
            if (!(lower <= upper) || !(level > 0 && level < 1)) {
                throw new IllegalArgumentException("bad interval [" + lower + ", " + upper + "] at " + level);
            }
        }
    }
}
