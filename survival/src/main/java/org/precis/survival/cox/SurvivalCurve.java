package org.precis.survival.cox;

import java.util.Arrays;
import java.util.Objects;

/**
 * A step function of cumulative hazard over the event times of one stratum, with survival
 * {@code exp(-H)} as R's {@code survfit.coxph} (stype 2). Immutable; accessors copy.
 */
public final class SurvivalCurve {
    private final String stratum;
    private final double[] times;
    private final double[] cumhaz;

    SurvivalCurve(String stratum, double[] times, double[] cumhaz) {
        this.stratum = Objects.requireNonNull(stratum, "stratum");
        if (times.length != cumhaz.length) {
            throw new IllegalArgumentException("times and hazards differ in length");
        }
        this.times = times.clone();
        this.cumhaz = cumhaz.clone();
    }

    /** Stratum label such as {@code sex=1}; empty without strata. */
    public String stratum() {
        return stratum;
    }

    public double[] times() {
        return times.clone();
    }

    public double[] cumulativeHazards() {
        return cumhaz.clone();
    }

    /** H(t): the value at the last event time at or before t, 0 before the first. */
    public double cumulativeHazardAt(double t) {
        int i = Arrays.binarySearch(times, t);
        int idx = i >= 0 ? i : -i - 2;
        return idx < 0 ? 0.0 : cumhaz[idx];
    }

    public double survivalAt(double t) {
        return Math.exp(-cumulativeHazardAt(t));
    }

    /** The same curve for a linear predictor {@code lp} relative to this one: H scaled by exp(lp). */
    SurvivalCurve scaled(double lp) {
        double f = Math.exp(lp);
        double[] h = new double[cumhaz.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = cumhaz[i] * f;
        }
        return new SurvivalCurve(stratum, times, h);
    }
}
