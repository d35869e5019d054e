package org.precis.survival.km;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A Kaplan-Meier curve: one step per distinct observed time, as the rows of R's {@code survfit}
 * object. Immutable; the array accessors return copies.
 */
public final class SurvivalCurve {
    private final double[] time;
    private final double[] numberAtRisk;
    private final double[] numberOfEvents;
    private final double[] numberCensored;
    private final double[] survival;
    private final double[] seCumulativeHazard;
    private final double[] lower;
    private final double[] upper;
    private final CurveConfidence confidence;

    SurvivalCurve(
            double[] time,
            double[] numberAtRisk,
            double[] numberOfEvents,
            double[] numberCensored,
            double[] survival,
            double[] seCumulativeHazard,
            CurveConfidence confidence) {
        this.time = time;
        this.numberAtRisk = numberAtRisk;
        this.numberOfEvents = numberOfEvents;
        this.numberCensored = numberCensored;
        this.survival = survival;
        this.seCumulativeHazard = seCumulativeHazard;
        this.confidence = confidence;
        double z = confidence.z();
        lower = new double[time.length];
        upper = new double[time.length];
        for (int i = 0; i < time.length; i++) {
            ConfidenceType.ConfidenceLimits limits = confidence.type().limits(survival[i], seCumulativeHazard[i], z);
            lower[i] = limits.lower();
            upper[i] = limits.upper();
        }
    }

    /** Number of steps (distinct times). */
    public int size() {
        return time.length;
    }

    public double[] times() {
        return time.clone();
    }

    /** Subjects (summed weights) at risk just before each time: R's {@code n.risk}. */
    public double[] numberAtRisk() {
        return numberAtRisk.clone();
    }

    /** R's {@code n.event}. */
    public double[] numberOfEvents() {
        return numberOfEvents.clone();
    }

    /** R's {@code n.censor}. */
    public double[] numberCensored() {
        return numberCensored.clone();
    }

    /** The product-limit estimate S(t) at each time. */
    public double[] survival() {
        return survival.clone();
    }

    /**
     * Greenwood standard error of the cumulative hazard -log S(t); this is what R keeps in
     * {@code fit$std.err} and builds the intervals from. +Infinity once S has reached 0.
     */
    public double[] standardErrorOfCumulativeHazard() {
        return seCumulativeHazard.clone();
    }

    /** Standard error of S(t) itself, as {@code summary.survfit} reports it; NaN where S = 0. */
    public double[] standardError() {
        double[] se = new double[time.length];
        for (int i = 0; i < se.length; i++) {
            se[i] = seCumulativeHazard[i] * survival[i];
        }
        return se;
    }

    /** Pointwise lower confidence limits; NaN where undefined (R's NA). */
    public double[] lower() {
        return lower.clone();
    }

    /** Pointwise upper confidence limits; NaN where undefined (R's NA). */
    public double[] upper() {
        return upper.clone();
    }

    public CurveConfidence confidence() {
        return confidence;
    }

    /**
     * Median survival time with its confidence interval as R's {@code print.survfit} reports
     * them: the first time S(t) &le; 0.5, or, where S sits at exactly 0.5 and drops later, the
     * midpoint of that stretch; the limits by the same rule on the confidence curves. Where the
     * curve ends flat at 0.5 this is the start of the stretch, whereas {@code quantile(0.5)}
     * (R's {@code quantile.survfit}) takes the midpoint up to the last time.
     */
    public SurvivalQuantile median() {
        return new SurvivalQuantile(
                0.5,
                present(QuantileSearch.printedMedian(time, survival)),
                present(QuantileSearch.printedMedian(time, lower)),
                present(QuantileSearch.printedMedian(time, upper)));
    }

    /**
     * The time by which a fraction {@code probability} of subjects has had the event, with limits
     * from the pointwise confidence curves (R's {@code quantile.survfit}).
     */
    public SurvivalQuantile quantile(double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be strictly between 0 and 1, was " + probability);
        }
        double[] x = new double[time.length + 1];
        System.arraycopy(time, 0, x, 1, time.length);
        return new SurvivalQuantile(
                probability,
                present(QuantileSearch.find(x, failure(survival), probability)),
                present(QuantileSearch.find(x, failure(lower), probability)),
                present(QuantileSearch.find(x, failure(upper), probability)));
    }

    /**
     * The curve read at chosen times, as R's {@code summary(fit, times = ..., extend = TRUE)}:
     * before the first step S = 1 with limits 1; after the last, S keeps its last value with
     * nobody at risk.
     *
     * @param times ascending, finite, non-negative
     */
    public List<SurvivalAtTime> at(double... times) {
        if (times == null) {
            throw new IllegalArgumentException("times must not be null");
        }
        List<SurvivalAtTime> rows = new ArrayList<>(times.length);
        double previous = Double.NEGATIVE_INFINITY;
        int step = -1; // last step with time <= t
        double eventsSoFar = 0;
        double eventsAtPrevious = 0;
        for (double t : times) {
            if (Double.isNaN(t) || Double.isInfinite(t) || t < 0) {
                throw new IllegalArgumentException("chosen times must be finite and >= 0, got " + t);
            }
            if (t < previous) {
                throw new IllegalArgumentException("chosen times must be ascending: " + t + " follows " + previous);
            }
            while (step + 1 < time.length && time[step + 1] <= t) {
                step++;
                eventsSoFar += numberOfEvents[step];
            }
            // at risk at t: everyone followed to t or beyond, i.e. the step at t if there is one,
            // else the next step's risk set, else nobody
            double atRisk;
            if (step >= 0 && time[step] == t) {
                atRisk = numberAtRisk[step];
            } else {
                atRisk = step + 1 < time.length ? numberAtRisk[step + 1] : 0.0;
            }
            double events = eventsSoFar - eventsAtPrevious;
            if (step < 0) {
                rows.add(new SurvivalAtTime(t, atRisk, events, 1.0, 0.0, 1.0, 1.0));
            } else {
                rows.add(new SurvivalAtTime(
                        t,
                        atRisk,
                        events,
                        survival[step],
                        seCumulativeHazard[step] * survival[step],
                        lower[step],
                        upper[step]));
            }
            eventsAtPrevious = eventsSoFar;
            previous = t;
        }
        return Collections.unmodifiableList(rows);
    }

    private static double[] failure(double[] curve) {
        double[] y = new double[curve.length + 1];
        for (int i = 0; i < curve.length; i++) {
            y[i + 1] = 1 - curve[i];
        }
        return y;
    }

    private static OptionalDouble present(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
