package org.precis.survival.cox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Computes {@link BaselineVariance} per stratum as R's {@code agsurv} does: at each death time the
 * risk set's weighted risk {@code nrisk}, its weighted covariate sums {@code xsum}, and, for
 * Efron ties, the same sums over the deaths ({@code erisk}, {@code xsum2}), then
 *
 * <ul>
 *   <li>Breslow: {@code varhaz = nevent / nrisk^2}, {@code xbar += (xsum / nrisk) haz};
 *   <li>Efron, d tied deaths: {@code varhaz = nevent sum_j (1/d) / (nrisk - (j/d) erisk)^2} and
 *       {@code xbar += nevent sum_j (1/d) (xsum - (j/d) xsum2) / (nrisk - (j/d) erisk)^2}, j = 0..d-1.
 * </ul>
 *
 * One sweep per stratum down through the event times, as {@link BaselineHazard}: rows enter the
 * risk set at their stop time and leave once the sweep reaches their start.
 */
final class BaselineVarianceSweep {
    private BaselineVarianceSweep() {}

    /**
     * @param x the uncentred design rows (R computes xbar from the model matrix as it is)
     * @param score exp(centred linear predictor) per row
     */
    static Optional<List<BaselineVariance>> of(
            RiskSetOrder order,
            double[] start,
            double[] stop,
            boolean[] event,
            double[][] x,
            double[] score,
            double[] w,
            Ties ties,
            List<String> labels) {
        List<BaselineVariance> out = new ArrayList<>();
        for (int s = 0; s < order.strata(); s++) {
            Optional<BaselineVariance> pieces =
                    stratum(order.byStop(s), order.byStart(s), start, stop, event, x, score, w, ties, labels.get(s));
            if (pieces.isEmpty()) {
                return Optional.empty();
            }
            out.add(pieces.get());
        }
        return Optional.of(List.copyOf(out));
    }

    /** Empty when a piece is not finite: a diverged fit, on which R's standard errors are Inf or NaN. */
    private static Optional<BaselineVariance> stratum(
            int[] byStop,
            int[] byStart,
            double[] start,
            double[] stop,
            boolean[] event,
            double[][] x,
            double[] score,
            double[] w,
            Ties ties,
            String label) {
        int p = x.length == 0 ? 0 : x[0].length;
        double[] deathTimes = Arrays.stream(byStop)
                .filter(i -> event[i])
                .mapToDouble(i -> stop[i])
                .distinct()
                .toArray();
        int m = deathTimes.length;
        double[] varhaz = new double[m];
        double[][] xbarStep = new double[m][p];
        double nrisk = 0;
        double[] xsum = new double[p];
        int entered = 0;
        int left = 0;
        for (int k = 0; k < m; k++) {
            double t = deathTimes[k];
            double erisk = 0;
            double[] xsum2 = new double[p];
            double nevent = 0;
            int deaths = 0;
            for (; entered < byStop.length && stop[byStop[entered]] >= t; entered++) {
                int i = byStop[entered];
                double wr = w[i] * score[i];
                nrisk += wr;
                for (int j = 0; j < p; j++) {
                    xsum[j] += wr * x[i][j];
                }
                if (event[i] && stop[i] == t) {
                    erisk += wr;
                    nevent += w[i];
                    deaths++;
                    for (int j = 0; j < p; j++) {
                        xsum2[j] += wr * x[i][j];
                    }
                }
            }
            for (; left < byStart.length && start[byStart[left]] >= t; left++) {
                int i = byStart[left];
                double wr = w[i] * score[i];
                nrisk -= wr;
                for (int j = 0; j < p; j++) {
                    xsum[j] -= wr * x[i][j];
                }
            }
            if (ties == Ties.BRESLOW) {
                double haz = nevent / nrisk;
                varhaz[k] = nevent / (nrisk * nrisk);
                for (int j = 0; j < p; j++) {
                    xbarStep[k][j] = (xsum[j] / nrisk) * haz;
                }
            } else if (deaths == 1) {
                double sum1 = 1 / nrisk;
                double sum2 = sum1 * sum1;
                varhaz[k] = nevent * sum2;
                for (int j = 0; j < p; j++) {
                    xbarStep[k][j] = nevent * (xsum[j] * sum2);
                }
            } else {
                double sum2 = 0;
                double[] xb = new double[p];
                for (int d = 0; d < deaths; d++) {
                    double temp = 1 / (nrisk - erisk * d / deaths);
                    sum2 += temp * temp / deaths;
                    for (int j = 0; j < p; j++) {
                        xb[j] += ((xsum[j] - xsum2[j] * d / deaths) * temp * temp) / deaths;
                    }
                }
                varhaz[k] = nevent * sum2;
                for (int j = 0; j < p; j++) {
                    xbarStep[k][j] = nevent * xb[j];
                }
            }
        }
        // the sweep ran down in time; R's xbar is cumulated up from the first event time
        List<Double> ascendingVarhaz = new ArrayList<>(m);
        List<List<Double>> xbar = new ArrayList<>(m);
        double[] cumulated = new double[p];
        for (int k = m - 1; k >= 0; k--) {
            ascendingVarhaz.add(varhaz[k]);
            List<Double> row = new ArrayList<>(p);
            for (int j = 0; j < p; j++) {
                cumulated[j] += xbarStep[k][j];
                row.add(cumulated[j]);
            }
            xbar.add(row);
        }
        boolean finite = ascendingVarhaz.stream().allMatch(v -> v >= 0 && Double.isFinite(v))
                && xbar.stream().flatMap(List::stream).allMatch(Double::isFinite);
        return finite ? Optional.of(new BaselineVariance(label, ascendingVarhaz, xbar)) : Optional.empty();
    }
}
