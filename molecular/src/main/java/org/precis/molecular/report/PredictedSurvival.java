package org.precis.molecular.report;

import java.util.List;
import java.util.Objects;

/**
 * A patient's predicted survival from a saved Cox model at the patient's covariates, R's {@code
 * survfit(fit, newdata)} curve {@code exp(-H0(t) exp(lp))} at the model's baseline event times.
 *
 * @param model the SHA-256 of the data the model was developed on (its provenance)
 * @param linearPredictor {@code beta (x - means)}
 * @param riskGroup 1 (lowest risk) to {@code riskGroups}: one more than the development cut points
 *     the linear predictor exceeds
 * @param riskGroups groups the development cohort's cut points make (3 for tertiles)
 * @param times the baseline's event times
 * @param survival predicted survival at each
 */
public record PredictedSurvival(
        String model,
        double linearPredictor,
        int riskGroup,
        int riskGroups,
        List<Double> times,
        List<Double> survival) {

    public PredictedSurvival {
        Objects.requireNonNull(model, "model");
        times = List.copyOf(times);
        survival = List.copyOf(survival);
        if (times.size() != survival.size()) {
            throw new IllegalArgumentException(times.size() + " times but " + survival.size() + " survival values");
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
        double s = 1;
        for (int i = 0; i < times.size() && times.get(i) <= t; i++) {
            s = survival.get(i);
        }
        return s;
    }
}
