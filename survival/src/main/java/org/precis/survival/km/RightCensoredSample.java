package org.precis.survival.km;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Right-censored survival observations: one follow-up time, one event flag and one case weight
 * per subject. Built once and checked once, so the estimators can trust it.
 *
 * <p>Weights are frequency weights (a weight of 3 is three identical subjects). R switches to a
 * robust (infinitesimal jackknife) variance as soon as one weight is fractional; that variance is
 * not implemented here, so fractional weights are refused rather than given a different answer.
 */
public final class RightCensoredSample {
    private final double[] times;
    private final boolean[] events;
    private final double[] weights;

    private RightCensoredSample(double[] times, boolean[] events, double[] weights) {
        if (times == null || events == null || weights == null) {
            throw new IllegalArgumentException("times, events and weights must not be null");
        }
        if (times.length == 0) {
            throw new IllegalArgumentException("a survival sample needs at least one subject");
        }
        if (events.length != times.length || weights.length != times.length) {
            throw new IllegalArgumentException("times (" + times.length + "), events (" + events.length
                    + ") and weights (" + weights.length + ") must have the same length");
        }
        for (int i = 0; i < times.length; i++) {
            double t = times[i];
            if (Double.isNaN(t) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("time " + i + " is " + t + "; times must be finite numbers");
            }
            if (t < 0) {
                throw new IllegalArgumentException(
                        "time " + i + " is negative (" + t + "); follow-up times must be >= 0");
            }
            double w = weights[i];
            if (!(w > 0) || Double.isInfinite(w) || w != Math.rint(w)) {
                throw new IllegalArgumentException(
                        "weight " + i + " is " + w
                                + "; case weights must be positive whole numbers (fractional weights need a robust variance, not implemented)");
            }
        }
        this.times = times.clone();
        this.events = events.clone();
        this.weights = weights.clone();
    }

    /** Unweighted subjects: each has weight 1. */
    public static RightCensoredSample of(double[] times, boolean[] events) {
        if (times == null) {
            throw new IllegalArgumentException("times must not be null");
        }
        double[] ones = new double[times.length];
        Arrays.fill(ones, 1.0);
        return new RightCensoredSample(times, events, ones);
    }

    /** Subjects with frequency weights. */
    public static RightCensoredSample weighted(double[] times, boolean[] events, double[] weights) {
        return new RightCensoredSample(times, events, weights);
    }

    public int size() {
        return times.length;
    }

    public double time(int i) {
        return times[i];
    }

    public boolean event(int i) {
        return events[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    /** The subjects whose index is in {@code rows}, in that order. */
    RightCensoredSample subset(int[] rows) {
        double[] t = new double[rows.length];
        boolean[] e = new boolean[rows.length];
        double[] w = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            t[k] = times[rows[k]];
            e[k] = events[rows[k]];
            w[k] = weights[rows[k]];
        }
        return new RightCensoredSample(t, e, w);
    }

    /** Indices sorted by time (stable, so ties keep their input order). */
    int[] orderByTime() {
        return IntStream.range(0, times.length)
                .boxed()
                .sorted((a, b) -> Double.compare(times[a], times[b]))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
