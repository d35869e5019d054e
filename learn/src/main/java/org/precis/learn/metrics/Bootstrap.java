package org.precis.learn.metrics;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Percentile bootstrap (Efron and Tibshirani 1993): cases drawn with replacement
 * {@code replicates} times, the metric computed on each draw, and the interval between the
 * (1 - level)/2 and (1 + level)/2 quantiles (R type 7). Draws where the metric is undefined (NaN,
 * for example an AUC when a class was not drawn) are left out.
 */
public final class Bootstrap {

    private final int replicates;
    private final double level;

    public Bootstrap(int replicates, double level) {
        if (replicates < 10) {
            throw new IllegalArgumentException("need at least 10 bootstrap replicates: " + replicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        this.replicates = replicates;
        this.level = level;
    }

    public int replicates() {
        return replicates;
    }

    /**
     * The interval for {@code metric} over {@code cases}; {@code random} decides the draws.
     *
     * @throws IllegalStateException if the metric is undefined on every draw
     */
    public ConfidenceInterval interval(
            ClassProbabilities cases, ToDoubleFunction<ClassProbabilities> metric, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        int n = cases.size();
        double[] values = new double[replicates];
        int kept = 0;
        int[] draw = new int[n];
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < n; i++) {
                draw[i] = random.nextInt(n);
            }
            double value = metric.applyAsDouble(cases.select(draw));
            if (!Double.isNaN(value)) {
                values[kept++] = value;
            }
        }
        if (kept == 0) {
            throw new IllegalStateException("the metric is undefined on every bootstrap draw");
        }
        double[] sorted = Arrays.copyOf(values, kept);
        Arrays.sort(sorted);
        return new ConfidenceInterval(quantile(sorted, (1 - level) / 2), quantile(sorted, (1 + level) / 2), level);
    }

    /** R's type 7 quantile of sorted values. */
    public static double quantile(double[] sorted, double probability) {
        double position = probability * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
