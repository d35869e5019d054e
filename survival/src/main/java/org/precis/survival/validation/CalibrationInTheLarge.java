package org.precis.survival.validation;

import org.precis.survival.km.KaplanMeier;
import org.precis.survival.km.RightCensoredSample;

/**
 * Calibration in the large at time t: the cohort's observed Kaplan-Meier survival at t against
 * the mean of the model's predicted survival S(t | x_i) over its subjects.
 *
 * @param time t
 * @param observed Kaplan-Meier S(t) of the cohort
 * @param predicted mean predicted S(t | x_i)
 */
public record CalibrationInTheLarge(double time, double observed, double predicted) {

    static CalibrationInTheLarge of(RightCensoredSample sample, SurvivalPredictions predictions, double t) {
        double observed = new KaplanMeier().estimate(sample).at(t).get(0).survival();
        double sum = 0;
        double[] s = predictions.at(t);
        for (double v : s) {
            sum += v;
        }
        return new CalibrationInTheLarge(t, observed, sum / s.length);
    }

    /** Observed minus predicted: positive when the model predicts too many events by t. */
    public double difference() {
        return observed - predicted;
    }
}
