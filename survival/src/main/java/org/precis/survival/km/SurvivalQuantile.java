package org.precis.survival.km;

import java.util.OptionalDouble;

/**
 * A quantile of survival time (the median at probability 0.5) with its confidence limits, read
 * off the curve and its pointwise limits as R's {@code quantile.survfit} does. Empty where the
 * curve (or limit) never falls to 1 - probability: "not reached".
 *
 * @param probability the probability of having had the event, e.g. 0.5 for the median
 */
public record SurvivalQuantile(double probability, OptionalDouble time, OptionalDouble lower, OptionalDouble upper) {
    public SurvivalQuantile {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
        }
        if (time == null || lower == null || upper == null) {
            throw new IllegalArgumentException("time and limits must not be null (use OptionalDouble.empty())");
        }
    }
}
