package org.precis.survival.validation;

import org.precis.survival.km.RightCensoredSample;

/**
 * Harrell's C of any risk score, higher meaning higher risk: R's
 * {@code concordance(Surv(time, status) ~ score, reverse = TRUE)} (timewt "n"), with its
 * standard error. For a Cox model's linear predictor on its own data it equals
 * {@code summary(coxph)$concordance}. Times are compared exactly: R first merges times that differ
 * by rounding error (aeqSurv), which only matters for times that are not exactly representable.
 */
public final class HarrellC {
    private HarrellC() {}

    public static ConcordanceIndex of(RightCensoredSample sample, double[] score) {
        return PairCounts.count(sample, score, t -> 1.0);
    }
}
