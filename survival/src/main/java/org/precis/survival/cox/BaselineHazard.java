package org.precis.survival.cox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The baseline cumulative hazard per stratum as R's {@code survfit.coxph} computes it: the
 * Breslow estimator with Breslow ties, and with Efron ties the Efron-adjusted increments
 * {@code sum_k (w_d / d) / (R - (k/d) D)} for d tied deaths.
 *
 * <p>One sweep per stratum down through the event times keeps the risk set's weighted score
 * as rows enter (at their stop time) and leave (once the sweep reaches their start), so a fit
 * costs O(n log n) here rather than a pass over all rows for every event time.
 */
final class BaselineHazard {
    private BaselineHazard() {}

    /**
     * @param score exp(centred linear predictor) per row; the hazard is for a covariate vector at the centre
     */
    static List<SurvivalCurve> of(
            RiskSetOrder order,
            double[] start,
            double[] stop,
            boolean[] event,
            double[] score,
            double[] w,
            Ties ties,
            List<String> labels) {
        List<SurvivalCurve> curves = new ArrayList<>();
        for (int s = 0; s < order.strata(); s++) {
            curves.add(stratum(order.byStop(s), order.byStart(s), start, stop, event, score, w, ties, labels.get(s)));
        }
        return List.copyOf(curves);
    }

    private static SurvivalCurve stratum(
            int[] byStop,
            int[] byStart,
            double[] start,
            double[] stop,
            boolean[] event,
            double[] score,
            double[] w,
            Ties ties,
            String label) {
        // byStop falls, so equal death times are neighbours: keep the first of each run
        double[] deathTimes = Arrays.stream(byStop)
                .filter(i -> event[i])
                .mapToDouble(i -> stop[i])
                .toArray();
        int distinct = 0;
        for (int k = 0; k < deathTimes.length; k++) {
            if (k == 0 || deathTimes[k] != deathTimes[distinct - 1]) {
                deathTimes[distinct++] = deathTimes[k];
            }
        }
        double[] times = Arrays.copyOf(deathTimes, distinct);
        double[] increments = new double[times.length];
        double denom = 0;
        int entered = 0;
        int left = 0;
        for (int k = 0; k < times.length; k++) {
            double t = times[k];
            double eDenom = 0;
            double deadWeight = 0;
            int deaths = 0;
            for (; entered < byStop.length && stop[byStop[entered]] >= t; entered++) {
                int i = byStop[entered];
                denom += score[i] * w[i];
                if (event[i] && stop[i] == t) {
                    eDenom += score[i] * w[i];
                    deadWeight += w[i];
                    deaths++;
                }
            }
            for (; left < byStart.length && start[byStart[left]] >= t; left++) {
                int i = byStart[left];
                denom -= score[i] * w[i];
            }
            double increment = 0;
            if (ties == Ties.BRESLOW || deaths < 2) {
                increment = deadWeight / denom;
            } else {
                for (int j = 0; j < deaths; j++) {
                    increment += (deadWeight / deaths) / (denom - ((double) j / deaths) * eDenom);
                }
            }
            increments[k] = increment;
        }
        double[] ascending = new double[times.length];
        double[] cumulative = new double[times.length];
        double sum = 0;
        for (int k = 0; k < times.length; k++) {
            int from = times.length - 1 - k;
            ascending[k] = times[from];
            sum += increments[from];
            cumulative[k] = sum;
        }
        return new SurvivalCurve(label, ascending, cumulative);
    }
}
