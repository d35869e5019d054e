package org.precis.survival.validation;

import java.util.Arrays;
import org.precis.survival.km.RightCensoredSample;

/**
 * The censoring distribution G(t) = P(C > t), estimated by the reverse Kaplan-Meier: censorings
 * are the events. The inverse-probability-of-censoring weights of Uno's C, the td-AUC and the
 * Brier score all come from it; they differ in whether a subject whose event falls at a time is
 * still at risk of being censored there ({@link TiedEvents}).
 */
final class CensoringDistribution {
    /** Where events tied with censorings stand in the censoring risk set. */
    enum TiedEvents {
        /** Still at risk: {@code survfit(Surv(time, 1 - status) ~ 1)}, used for the td-AUC and Brier score. */
        AT_RISK,
        /** Gone first, as R's concordance (C routine fastkm1) has it for timewt "n/G2". */
        LEAVE_FIRST
    }

    private final double[] times;
    private final double[] survival;

    private CensoringDistribution(double[] times, double[] survival) {
        this.times = times;
        this.survival = survival;
    }

    static CensoringDistribution of(RightCensoredSample sample, TiedEvents tiedEvents) {
        int n = sample.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(sample.time(a), sample.time(b)));
        double atRisk = 0;
        for (int i = 0; i < n; i++) {
            atRisk += sample.weight(i);
        }
        double[] t = new double[n];
        double[] g = new double[n];
        int steps = 0;
        double s = 1;
        int i = 0;
        while (i < n) {
            double u = sample.time(order[i]);
            double censored = 0;
            double events = 0;
            double leaving = 0;
            int j = i;
            while (j < n && sample.time(order[j]) == u) {
                leaving += sample.weight(order[j]);
                if (sample.event(order[j])) {
                    events += sample.weight(order[j]);
                } else {
                    censored += sample.weight(order[j]);
                }
                j++;
            }
            if (censored > 0) {
                double exposed = tiedEvents == TiedEvents.AT_RISK ? atRisk : atRisk - events;
                s *= 1 - censored / exposed;
                t[steps] = u;
                g[steps] = s;
                steps++;
            }
            atRisk -= leaving;
            i = j;
        }
        return new CensoringDistribution(Arrays.copyOf(t, steps), Arrays.copyOf(g, steps));
    }

    /** G(t): right-continuous, 1 before the first censoring. */
    double at(double t) {
        int k = Arrays.binarySearch(times, t);
        int idx = k >= 0 ? k : -k - 2;
        return idx < 0 ? 1.0 : survival[idx];
    }

    /** G(t-): the left limit, censorings at t not yet counted. */
    double justBefore(double t) {
        int k = Arrays.binarySearch(times, t);
        int idx = (k >= 0 ? k : -k - 1) - 1;
        return idx < 0 ? 1.0 : survival[idx];
    }
}
