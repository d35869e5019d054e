package org.precis.survival.validation;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A stratum's baseline cumulative hazard, for a subject at the model's centring means (R's
 * {@code basehaz(fit, centered = TRUE)}): a step function over the event times.
 *
 * @param stratum label such as {@code sex=1}; empty without strata
 * @param times ascending event times
 * @param cumulativeHazards H0 at each time, non-decreasing
 */
public record BaselineStratum(String stratum, List<Double> times, List<Double> cumulativeHazards) {
    public BaselineStratum {
        Objects.requireNonNull(stratum, "stratum");
        times = List.copyOf(times);
        cumulativeHazards = List.copyOf(cumulativeHazards);
        if (times.size() != cumulativeHazards.size()) {
            throw new IllegalArgumentException("baseline of stratum '" + stratum + "' has " + times.size()
                    + " times and " + cumulativeHazards.size() + " hazards");
        }
        for (int i = 1; i < times.size(); i++) {
            if (!(times.get(i) > times.get(i - 1)) || cumulativeHazards.get(i) < cumulativeHazards.get(i - 1)) {
                throw new IllegalArgumentException("baseline of stratum '" + stratum
                        + "' must have ascending times and a" + " non-decreasing hazard; step " + i + " breaks it");
            }
        }
    }

    /** H0(t): the value at the last event time at or before t, 0 before the first. */
    public double cumulativeHazardAt(double t) {
        int k = Collections.binarySearch(times, t);
        int idx = k >= 0 ? k : -k - 2;
        return idx < 0 ? 0.0 : cumulativeHazards.get(idx);
    }
}
