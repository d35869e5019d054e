package org.precis.molecular.pam50;

import java.util.Arrays;

/**
 * R's {@code quantile(x, probs, type = 7, na.rm = TRUE)}, computed as R's {@code quantile.default}
 * does, so the last bit agrees: {@code (1 - h) * x[lo] + h * x[hi]} at index {@code 1 + (n - 1) p},
 * and {@code x[lo]} itself when the two order statistics are equal.
 */
final class TypeSevenQuantile {

    private final double[] sorted;

    /** Over the values that are not NaN (R's NA and NaN). */
    TypeSevenQuantile(double[] values) {
        this.sorted =
                Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }

    /** The quantile at probability {@code p}; NaN (R's NA) when there are no values. */
    double at(double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double index = 1 + (n - 1) * p;
        double lo = Math.floor(index);
        double hi = Math.ceil(index);
        double low = sorted[(int) lo - 1];
        double high = sorted[(int) hi - 1];
        if (index > lo && high != low) {
            double h = index - lo;
            return (1 - h) * low + h * high;
        }
        return low;
    }
}
