package org.precis.molecular.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.precis.survival.validation.ConfidenceBand;

/**
 * A patient's predicted survival from a saved Cox model at the patient's covariates, R's {@code
 * survfit(fit, newdata)} curve {@code exp(-H0(t) exp(lp))} at the model's baseline event times,
 * with R's standard errors and 95% log-type confidence band when the model file keeps the
 * variance they need (saved-model format 2; a format-1 file gives the curve alone).
 *
 * @param model the SHA-256 of the data the model was developed on (its provenance)
 * @param linearPredictor {@code beta (x - means)}
 * @param riskGroup 1 (lowest risk) to {@code riskGroups}: one more than the development cut points
 *     the linear predictor exceeds
 * @param riskGroups groups the development cohort's cut points make (3 for tertiles)
 * @param times the baseline's event times
 * @param survival predicted survival at each
 * @param band R's {@code std.err}, {@code lower} and {@code upper} at each time; empty when the
 *     model file is format 1
 */
public record PredictedSurvival(
        String model,
        double linearPredictor,
        int riskGroup,
        int riskGroups,
        List<Double> times,
        List<Double> survival,
        Optional<ConfidenceBand> band) {

    public PredictedSurvival {
        Objects.requireNonNull(model, "model");
        times = List.copyOf(times);
        survival = List.copyOf(survival);
        if (times.size() != survival.size()) {
            throw new IllegalArgumentException(times.size() + " times but " + survival.size() + " survival values");
        }
        Objects.requireNonNull(band, "band");
        if (band.isPresent() && band.get().lower().size() != times.size()) {
            throw new IllegalArgumentException(
                    times.size() + " times but a band of " + band.get().lower().size());
        }
        if (riskGroup < 1 || riskGroup > riskGroups) {
            throw new IllegalArgumentException("risk group " + riskGroup + " outside 1.." + riskGroups);
        }
    }

    /** "low", "intermediate" or "high" for tertiles, else "group k of n". */
    public String riskGroupName() {
        if (riskGroups == 3) {
            return List.of("low", "intermediate", "high").get(riskGroup - 1);
        }
        if (riskGroups == 2) {
            return riskGroup == 1 ? "low" : "high";
        }
        return "group " + riskGroup + " of " + riskGroups;
    }

    /** Predicted survival at {@code t}: the last step at or before it, 1 before the first. */
    public double survivalAt(double t) {
        return stepAt(t, survival);
    }

    /** The band's lower limit at {@code t}, read as {@link #survivalAt}; fails without a band. */
    public double lowerAt(double t) {
        return stepAt(t, requireBand().lower());
    }

    /** The band's upper limit at {@code t}, read as {@link #survivalAt}; fails without a band. */
    public double upperAt(double t) {
        return stepAt(t, requireBand().upper());
    }

    private ConfidenceBand requireBand() {
        return band.orElseThrow(() -> new IllegalStateException("the model file has no curve variance, so no band"));
    }

    private double stepAt(double t, List<Double> values) {
        double s = 1;
        for (int i = 0; i < times.size() && times.get(i) <= t; i++) {
            s = values.get(i);
        }
        return s;
    }
}
