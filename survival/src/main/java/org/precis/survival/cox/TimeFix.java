package org.precis.survival.cox;

import java.util.Arrays;

/**
 * R's {@code aeqSurv} (coxph's default {@code timefix = TRUE}): times that differ by no more than
 * sqrt(machine epsilon), absolutely or relative to the mean absolute time, are one time. Without
 * it, times computed in floating point (days / 365.25) split ties that R keeps, and the fits differ.
 */
final class TimeFix {
    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private final double[] cuts;

    /** The distinct times of {@code start} (infinite values ignored) and {@code stop}. */
    TimeFix(double[] start, double[] stop) {
        double[] all = new double[start.length + stop.length];
        int m = 0;
        for (double v : start) {
            if (Double.isFinite(v)) {
                all[m++] = v;
            }
        }
        for (double v : stop) {
            all[m++] = v;
        }
        double[] y = sortedDistinct(Arrays.copyOf(all, m));
        double meanAbs = Arrays.stream(y).map(Math::abs).average().orElse(0);
        double[] kept = new double[y.length];
        int k = 0;
        for (int i = 0; i < y.length; i++) {
            double dy = i == 0 ? Double.POSITIVE_INFINITY : y[i] - y[i - 1];
            boolean tied = dy <= TOLERANCE || dy / meanAbs <= TOLERANCE;
            if (!tied) {
                kept[k++] = y[i];
            }
        }
        cuts = Arrays.copyOf(kept, k);
    }

    /** Each time moved down to the first of its group of near-equal times; infinities kept. */
    /**
     * Each time replaced by the largest cut at or below it, by one sweep over the times in rising
     * order (a binary search per time cost more than the sort).
     */
    double[] apply(double[] times) {
        double[] out = new double[times.length];
        int[] order = RowOrder.ascending(times, RowOrder.all(times.length));
        int cut = 0;
        for (int i : order) {
            double t = times[i];
            if (!Double.isFinite(t)) {
                out[i] = t;
                continue;
            }
            while (cut + 1 < cuts.length && cuts[cut + 1] <= t) {
                cut++;
            }
            out[i] = cuts[cut];
        }
        return out;
    }

    static double[][] intervals(double[] start, double[] stop) {
        TimeFix fix = new TimeFix(start, stop);
        double[] s0 = fix.apply(start);
        double[] s1 = fix.apply(stop);
        for (int i = 0; i < s0.length; i++) {
            if (s0[i] == s1[i] && start[i] != stop[i]) {
                throw new IllegalArgumentException("row " + (i + 1) + " of the design: interval (" + start[i] + ", "
                        + stop[i] + "] has effective length 0 once near-equal times are merged (R's aeqSurv)");
            }
        }
        return new double[][] {s0, s1};
    }

    /** The values sorted, each once (DoubleStream.distinct would box every value). */
    static double[] sortedDistinct(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || Double.compare(sorted[i], sorted[k - 1]) != 0) {
                sorted[k++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, k);
    }
}
