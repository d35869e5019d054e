package org.precis.survival.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.special.Erf;
import org.precis.survival.cox.BaselineVariance;

/**
 * Computes a {@link PredictedCurve} from a saved model's pieces as R's {@code survfit.coxph}
 * ({@code coxsurv.fit}) does for one row of {@code newdata}: with {@code r = exp(x beta - means
 * beta)} the survival {@code exp(-H0(t))^r}, the cumulative hazard's variance {@code r^2 (sum_{s<=t}
 * varhaz(s) + d' V d)} with {@code d = H0(t) x - xbar(t)}, and log-type limits.
 */
final class CurvePrediction {
    private CurvePrediction() {}

    static PredictedCurve of(
            double[] x,
            List<Double> coefficients,
            List<Double> means,
            BaselineStratum baseline,
            Optional<CurveVariance> variance,
            double level) {
        double xb = 0;
        double centre = 0;
        for (int k = 0; k < x.length; k++) {
            xb += x[k] * coefficients.get(k);
            centre += means.get(k) * coefficients.get(k);
        }
        double risk = Math.exp(xb - centre);
        List<Double> h0 = baseline.cumulativeHazards();
        List<Double> survival = new ArrayList<>(h0.size());
        for (double h : h0) {
            survival.add(Math.pow(Math.exp(-h), risk));
        }
        Optional<ConfidenceBand> band = variance.map(
                v -> band(x, risk, h0, survival, v.coefficientVariance(), v.stratum(baseline.stratum()), level));
        return new PredictedCurve(baseline.stratum(), baseline.times(), survival, band);
    }

    private static ConfidenceBand band(
            double[] x,
            double risk,
            List<Double> h0,
            List<Double> survival,
            List<List<Double>> v,
            BaselineVariance pieces,
            double level) {
        if (pieces.varhaz().size() != h0.size()) {
            throw new IllegalArgumentException("stratum '" + pieces.stratum() + "' has "
                    + pieces.varhaz().size() + " variance steps for " + h0.size() + " event times");
        }
        double z = Math.sqrt(2.0) * Erf.erfInv(level);
        int p = x.length;
        List<Double> se = new ArrayList<>(h0.size());
        List<Double> lower = new ArrayList<>(h0.size());
        List<Double> upper = new ArrayList<>(h0.size());
        double cumulativeVarhaz = 0;
        double[] d = new double[p];
        for (int t = 0; t < h0.size(); t++) {
            cumulativeVarhaz += pieces.varhaz().get(t);
            List<Double> xbar = pieces.xbar().get(t);
            for (int k = 0; k < p; k++) {
                d[k] = h0.get(t) * x[k] - xbar.get(k);
            }
            double quadratic = 0;
            for (int j = 0; j < p; j++) {
                double dv = 0;
                for (int k = 0; k < p; k++) {
                    dv += d[k] * v.get(k).get(j);
                }
                quadratic += dv * d[j];
            }
            double seHazard = Math.sqrt((cumulativeVarhaz + quadratic) * (risk * risk));
            double s = survival.get(t);
            se.add(seHazard * s);
            if (s == 0) {
                lower.add(Double.NaN);
                upper.add(Double.NaN);
            } else {
                lower.add(Math.exp(Math.log(s) - z * seHazard));
                upper.add(Math.min(Math.exp(Math.log(s) + z * seHazard), 1.0));
            }
        }
        return new ConfidenceBand(level, se, lower, upper);
    }
}
