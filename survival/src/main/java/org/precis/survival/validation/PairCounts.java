package org.precis.survival.validation;

import java.util.function.DoubleUnaryOperator;
import org.precis.survival.km.RightCensoredSample;

/**
 * Counts comparable pairs as R's concordancefit does (reverse = TRUE), pair by pair rather than
 * with R's balanced tree: a subject with an event at t and one still followed at t (event later,
 * or censored at or after t), the pair weighted by the product of the case weights and the time
 * weight of t; pairs of tied event times are not comparable. Each subject's influence (the
 * weight of the pairs of each kind it belongs to) gives the dfbeta of Somers' d and so R's
 * standard error. O(n^2) in time, O(n) in memory.
 */
final class PairCounts {
    private PairCounts() {}

    /**
     * @param timeWeight weight of the pairs whose earlier event is at t; 0 leaves them out
     */
    static ConcordanceIndex count(RightCensoredSample sample, double[] score, DoubleUnaryOperator timeWeight) {
        int n = sample.size();
        if (score.length != n) {
            throw new IllegalArgumentException("expected " + n + " scores, one per subject, got " + score.length);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(score[i])) {
                throw new IllegalArgumentException("score " + i + " is " + score[i] + "; scores must be finite");
            }
        }
        double[] higher = new double[n];
        double[] lower = new double[n];
        double[] tied = new double[n];
        double cHigher = 0;
        double cLower = 0;
        double cTied = 0;
        for (int d = 0; d < n; d++) {
            if (!sample.event(d)) {
                continue;
            }
            double t = sample.time(d);
            double tw = timeWeight.applyAsDouble(t);
            if (tw == 0) {
                continue;
            }
            double wd = sample.weight(d) * tw;
            for (int j = 0; j < n; j++) {
                double tj = sample.time(j);
                if (tj < t || (tj == t && sample.event(j))) {
                    continue;
                }
                double wj = sample.weight(j) * tw;
                double pair = wd * sample.weight(j);
                if (score[d] > score[j]) {
                    cHigher += pair;
                    higher[d] += wj;
                    higher[j] += wd;
                } else if (score[d] < score[j]) {
                    cLower += pair;
                    lower[d] += wj;
                    lower[j] += wd;
                } else {
                    cTied += pair;
                    tied[d] += wj;
                    tied[j] += wd;
                }
            }
        }
        double npair = cHigher + cLower + cTied;
        if (npair == 0) {
            throw new IllegalArgumentException(
                    "no comparable pairs: concordance needs an event followed by a subject" + " still at risk");
        }
        double somers = (cHigher - cLower) / npair;
        double var = 0;
        for (int i = 0; i < n; i++) {
            double dfbeta = sample.weight(i)
                    * ((higher[i] - lower[i]) / npair - (somers / npair) * (higher[i] + lower[i] + tied[i]));
            var += dfbeta * dfbeta;
        }
        return new ConcordanceIndex((somers + 1) / 2, Math.sqrt(var / 4), cHigher, cLower, cTied);
    }
}
