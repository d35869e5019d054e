package org.precis.survival.cox;

import java.util.Arrays;

/**
 * The transformed time of every row as R's {@code cox.zph} computes it, from the stop times
 * after R's timefix. The KM transform uses the unweighted Kaplan-Meier of all rows pooled over
 * strata (cox.zph calls survfitKM without weights or strata), counting a row at risk at t when
 * {@code start < t <= stop}.
 */
final class TransformedTimes {
    private TransformedTimes() {}

    static double[] of(TimeTransform transform, double[] start, double[] stop, boolean[] event) {
        return switch (transform) {
            case IDENTITY -> stop.clone();
            case LOG -> log(stop);
            case RANK -> averageRanks(stop);
            case KM -> oneMinusKaplanMeierBefore(start, stop, event);
        };
    }

    private static double[] log(double[] stop) {
        double[] out = new double[stop.length];
        for (int i = 0; i < stop.length; i++) {
            if (!(stop[i] > 0)) {
                throw new IllegalArgumentException(
                        "the log transform needs positive times; row " + (i + 1) + " has " + stop[i]);
            }
            out[i] = Math.log(stop[i]);
        }
        return out;
    }

    /** R's rank(): ranks from 1, tied values sharing the mean of their ranks. */
    private static double[] averageRanks(double[] v) {
        Integer[] order = new Integer[v.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] out = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                out[order[k]] = rank;
            }
            i = j + 1;
        }
        return out;
    }

    /**
     * 1 - S(t-), S the Kaplan-Meier: R takes the curve at the last time strictly before t
     * ({@code findInterval(left.open = TRUE)}), and the curve only steps at event times.
     */
    private static double[] oneMinusKaplanMeierBefore(double[] start, double[] stop, boolean[] event) {
        int n = stop.length;
        double[] eventTimes = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (event[i]) {
                eventTimes[m++] = stop[i];
            }
        }
        double[] distinct =
                Arrays.stream(Arrays.copyOf(eventTimes, m)).sorted().distinct().toArray();
        // survival just after each distinct event time
        double[] after = new double[distinct.length];
        double surv = 1;
        for (int k = 0; k < distinct.length; k++) {
            double t = distinct[k];
            int atRisk = 0;
            int deaths = 0;
            for (int i = 0; i < n; i++) {
                if (start[i] < t && t <= stop[i]) {
                    atRisk++;
                    deaths += event[i] && stop[i] == t ? 1 : 0;
                }
            }
            surv *= 1 - (double) deaths / atRisk;
            after[k] = surv;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int at = Arrays.binarySearch(distinct, stop[i]);
            int before = (at >= 0 ? at : -at - 1) - 1; // last event time strictly below stop[i]
            out[i] = 1 - (before < 0 ? 1 : after[before]);
        }
        return out;
    }
}
