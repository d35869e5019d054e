package org.precis.survival.validation;

import org.precis.survival.km.RightCensoredSample;

/**
 * Uno's C (Uno et al. 2011) of a risk score, higher meaning higher risk: R's
 * {@code concordance(Surv ~ score, reverse = TRUE, timewt = "n/G2", ymax = tau)}. A pair whose
 * earlier event is at t weighs 1 / G(t-)^2, G the reverse Kaplan-Meier of censoring (events at a
 * time leaving the censoring risk set before the censorings there, as R's fastkm1), and pairs
 * whose earlier event comes after tau are left out; the standard error is R's, which treats the
 * weights as fixed.
 */
public final class UnoC {
    private UnoC() {}

    /**
     * @param tau truncation time; {@code Double.POSITIVE_INFINITY} keeps every pair
     */
    public static ConcordanceIndex of(RightCensoredSample sample, double[] score, double tau) {
        if (Double.isNaN(tau) || tau <= 0) {
            throw new IllegalArgumentException("truncation time tau must be positive, got " + tau);
        }
        int events = 0;
        for (int i = 0; i < sample.size(); i++) {
            events += sample.event(i) ? 1 : 0;
        }
        if (events < 2) {
            // R's concordancefit falls back to timewt "n" with fewer than two events
            return PairCounts.count(sample, score, t -> t > tau ? 0.0 : 1.0);
        }
        CensoringDistribution g = CensoringDistribution.of(sample, CensoringDistribution.TiedEvents.LEAVE_FIRST);
        return PairCounts.count(sample, score, t -> {
            if (t > tau) {
                return 0.0;
            }
            double gt = g.justBefore(t);
            return 1 / (gt * gt);
        });
    }
}
