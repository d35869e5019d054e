package org.precis.molecular.pam50;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * genefu's measure for choosing among the probes of one gene ({@code geneid.map}): the standard
 * deviation of the probe's values penalised for missing ones, {@code sd(x, na.rm = TRUE) *
 * (log((n + 1) / (n_missing + 1)) + 1)}, with {@code n} the number of samples. genefu keeps these
 * in a character matrix, so they are compared as R prints them: rounded to 15 significant digits.
 */
final class ProbeVariability {

    private static final MathContext FIFTEEN_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private ProbeVariability() {}

    /** The rounded variability; NaN (R's NA, ranked last) with fewer than two values. */
    static double of(double[] values) {
        int n = values.length;
        int missing = 0;
        double sum = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                missing++;
            } else {
                sum += v;
            }
        }
        int present = n - missing;
        if (present < 2) {
            return Double.NaN;
        }
        double mean = sum / present;
        double correction = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                correction += v - mean;
            }
        }
        mean += correction / present;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(squares / (present - 1));
        double penalty = Math.log((double) (n + 1) / (missing + 1)) + 1;
        double variability = sd * penalty;
        if (Double.isInfinite(variability) || Double.isNaN(variability)) {
            return variability;
        }
        return new BigDecimal(variability).round(FIFTEEN_DIGITS).doubleValue();
    }
}
