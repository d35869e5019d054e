package org.precis.survival.validation;

import java.util.List;
import org.precis.survival.cox.BaselineVariance;

/**
 * What a saved model keeps so that a predicted curve gets R's standard error and confidence band
 * ({@code survfit(fit, newdata)} with {@code se.fit = TRUE}).
 *
 * @param coefficientVariance the coefficients' variance, R's {@code fit$var} (robust when the
 *     fit was clustered), one row per term
 * @param strata per stratum, in the order of the model's baseline, the {@code varhaz} and {@code
 *     xbar} at its event times
 */
public record CurveVariance(List<List<Double>> coefficientVariance, List<BaselineVariance> strata) {
    public CurveVariance {
        coefficientVariance = coefficientVariance.stream().map(List::copyOf).toList();
        strata = List.copyOf(strata);
        int p = coefficientVariance.size();
        for (int i = 0; i < p; i++) {
            List<Double> row = coefficientVariance.get(i);
            if (row.size() != p) {
                throw new IllegalArgumentException(
                        "coefficient variance must be square: row " + i + " has " + row.size() + " of " + p);
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(row.get(j))) {
                    throw new IllegalArgumentException(
                            "coefficient variance [" + i + "][" + j + "] is " + row.get(j) + ", not a finite number");
                }
            }
        }
        for (BaselineVariance s : strata) {
            if (!s.xbar().isEmpty() && s.xbar().get(0).size() != p) {
                throw new IllegalArgumentException("stratum '" + s.stratum() + "' has xbar rows of "
                        + s.xbar().get(0).size() + " values for " + p + " terms");
            }
        }
    }

    static CurveVariance of(double[][] variance, List<BaselineVariance> strata) {
        List<List<Double>> rows = new java.util.ArrayList<>();
        for (double[] row : variance) {
            rows.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new CurveVariance(rows, strata);
    }

    /** The pieces of the stratum of that label; fails naming the labels there are. */
    BaselineVariance stratum(String stratum) {
        return strata.stream()
                .filter(s -> s.stratum().equals(stratum))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("stratum '" + stratum + "' has no variance; strata are "
                        + strata.stream().map(BaselineVariance::stratum).toList()));
    }
}
