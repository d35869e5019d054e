package org.precis.survival.validation;

import org.precis.survival.km.RightCensoredSample;

/**
 * Cumulative/dynamic time-dependent AUC at time t with marginal inverse-probability-of-censoring
 * weights (Uno et al. 2007; Hung and Chiang 2010), as timeROC computes it with
 * {@code weighting = "marginal"}:
 *
 * <pre>
 *   cases i:    T_i &lt;= t and delta_i = 1, weight 1 / G(T_i-)
 *   controls j: T_j &gt; t,                 weight 1 / G(t)
 *   AUC(t) = sum_i sum_j w_i w_j [I(M_i &gt; M_j) + I(M_i = M_j) / 2] / (sum_i w_i  sum_j w_j)
 * </pre>
 *
 * G is the reverse Kaplan-Meier of censoring ({@code survfit(Surv(time, 1 - status) ~ 1)}),
 * higher marker meaning higher risk. Subjects censored before t carry no weight. Case weights of
 * the sample multiply the IPC weights.
 */
public final class TimeDependentAuc {
    private TimeDependentAuc() {}

    public static double at(RightCensoredSample sample, double[] marker, double t) {
        int n = sample.size();
        if (marker.length != n) {
            throw new IllegalArgumentException(
                    "expected " + n + " marker values, one per subject, got " + marker.length);
        }
        if (!Double.isFinite(t) || t <= 0) {
            throw new IllegalArgumentException("time t must be positive and finite, got " + t);
        }
        CensoringDistribution g = CensoringDistribution.of(sample, CensoringDistribution.TiedEvents.AT_RISK);
        double caseWeight = 0;
        double controlWeight = 0;
        double sum = 0;
        for (int j = 0; j < n; j++) {
            if (sample.time(j) > t) {
                controlWeight += sample.weight(j);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!(sample.event(i) && sample.time(i) <= t)) {
                continue;
            }
            double wi = sample.weight(i) / g.justBefore(sample.time(i));
            caseWeight += wi;
            double ranked = 0;
            for (int j = 0; j < n; j++) {
                if (sample.time(j) > t) {
                    double wj = sample.weight(j);
                    ranked += marker[i] > marker[j] ? wj : marker[i] == marker[j] ? wj / 2 : 0;
                }
            }
            sum += wi * ranked;
        }
        if (caseWeight == 0 || controlWeight == 0) {
            throw new IllegalArgumentException(
                    "AUC at t = " + t + " needs an event by t and a subject followed beyond t");
        }
        // the controls' common weight 1 / G(t) cancels
        return sum / (caseWeight * controlWeight);
    }
}
