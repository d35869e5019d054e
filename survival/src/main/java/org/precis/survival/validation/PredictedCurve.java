package org.precis.survival.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved Cox model's survival curve for one covariate vector, R's {@code survfit(fit, newdata)} at
 * the event times of the vector's stratum, with its confidence band when the saved model holds
 * the variance (format 2); a model saved in format 1 gives the curve alone.
 *
 * @param stratum the stratum's label; empty without strata
 * @param times the stratum's event times, ascending
 * @param survival predicted survival at each
 * @param band R's standard errors and log-type limits at each time; empty when the model file has
 *     no variance
 */
public record PredictedCurve(String stratum, List<Double> times, List<Double> survival, Optional<ConfidenceBand> band) {
    public PredictedCurve {
        Objects.requireNonNull(stratum, "stratum");
        times = List.copyOf(times);
        survival = List.copyOf(survival);
        Objects.requireNonNull(band, "band");
        if (times.size() != survival.size()) {
            throw new IllegalArgumentException(times.size() + " times but " + survival.size() + " survival values");
        }
        if (band.isPresent() && band.get().lower().size() != times.size()) {
            throw new IllegalArgumentException(
                    times.size() + " times but a band of " + band.get().lower().size());
        }
    }
}
