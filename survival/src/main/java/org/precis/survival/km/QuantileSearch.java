package org.precis.survival.km;

import java.util.ArrayList;
import java.util.List;

/**
 * The two median rules of R's survival package. {@link #find} is {@code findq} (inside
 * {@code quantile.survfit}); {@link #printedMedian} is {@code minmin} (inside {@code survmean},
 * which {@code print.survfit} uses). They differ only when a curve ends flat at exactly 0.5:
 * quantile takes the midpoint of that last stretch, print takes its start.
 *
 * <p>{@code findq} (inside {@code quantile.survfit}): the first time a step function reaches a
 * level, with the convention that where it is flat at exactly that level (within a tolerance)
 * the answer is the midpoint of that flat stretch, and if it stays flat to the end, the midpoint
 * between where it started and the last time.
 */
final class QuantileSearch {
    /** R's default tolerance, sqrt(.Machine$double.eps). */
    static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private QuantileSearch() {}

    /**
     * @param x times, starting with the curve's origin (0)
     * @param y cumulative "failure" 1 - S (or 1 - limit) at those times, starting with 0; NaN for NA
     * @param p the level to reach
     * @return the time, or NaN for "not reached"
     */
    static double find(double[] x, double[] y, double p) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        if (max < p) {
            return Double.NaN;
        }
        double xmax = x[x.length - 1];
        // keep the first occurrence of each y value, NA counting as one value (R's duplicated)
        List<double[]> kept = new ArrayList<>();
        boolean sawNa = false;
        outer:
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                if (sawNa) {
                    continue;
                }
                sawNa = true;
            } else {
                for (double[] k : kept) {
                    if (k[1] == y[i]) {
                        continue outer;
                    }
                }
            }
            kept.add(new double[] {x[i], y[i]});
        }
        int n = kept.size();
        int i1 = constantApprox(kept, TOLERANCE, p);
        int i2 = constantApprox(kept, -TOLERANCE, p);
        double lastY = kept.get(n - 1)[1];
        if (!Double.isNaN(lastY) && Math.abs(p - lastY) < TOLERANCE) {
            return i1 < 0 ? Double.NaN : (kept.get(i1)[0] + xmax) / 2;
        }
        if (i1 < 0 || i2 < 0) {
            return Double.NaN;
        }
        return (kept.get(i1)[0] + kept.get(i2)[0]) / 2;
    }

    /**
     * R's {@code minmin}: the first time the curve is at or below 0.5 (within the tolerance); if it
     * sits at exactly 0.5 there and drops later, the midpoint of that time and the time of the drop.
     *
     * @param time  the step times
     * @param curve S (or a confidence limit) at those times; NaN for NA
     * @return the time, or NaN for "not reached"
     */
    static double printedMedian(double[] time, double[] curve) {
        int first = -1;
        for (int i = 0; i < curve.length; i++) {
            if (!Double.isNaN(curve[i]) && curve[i] < 0.5 + TOLERANCE) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return Double.NaN;
        }
        if (Math.abs(curve[first] - 0.5) < TOLERANCE) {
            for (int i = first + 1; i < curve.length; i++) {
                if (!Double.isNaN(curve[i]) && curve[i] < 0.5 + TOLERANCE && curve[i] < curve[first]) {
                    return (time[first] + time[i]) / 2;
                }
            }
        }
        return time[first];
    }

    /**
     * {@code approx(y + shift, 1:n, p, method = "constant", f = 1)}: the index whose shifted y is
     * the smallest at or above p, ignoring NA; -1 where p lies outside the shifted values' range.
     */
    private static int constantApprox(List<double[]> kept, double shift, double p) {
        int best = -1;
        double bestValue = Double.POSITIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < kept.size(); i++) {
            double v = kept.get(i)[1];
            if (Double.isNaN(v)) {
                continue;
            }
            double shifted = v + shift;
            min = Math.min(min, shifted);
            max = Math.max(max, shifted);
            if (shifted >= p && shifted < bestValue) {
                bestValue = shifted;
                best = i;
            }
        }
        if (p < min || p > max) {
            return -1;
        }
        return best;
    }
}
