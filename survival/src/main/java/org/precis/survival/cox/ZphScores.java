package org.precis.survival.cox;

import java.util.Arrays;

/**
 * The one-step score test behind R's {@code cox.zph} (its C routines zph1 and zph2): at the fitted
 * coefficients, the score for the model extended with the terms {@code x g(t)} and the full 2p x 2p
 * information matrix, plus the unscaled Schoenfeld residuals. Right-censored and counting-process
 * data are one computation here, since {@link EventTimes} gives the risk sets of both.
 *
 * <p>Efron's tied deaths enter the means, score and information in d sub-steps with weights
 * 1/d, 2/d, ..., 1, and a tied death's Schoenfeld residual is taken from the average of those d
 * means, as R does.
 */
final class ZphScores {
    /** Score, first p the model's (near 0 at the fit), next p those of x g(t). */
    final double[] u;
    /** The 2p x 2p information matrix. */
    final double[][] imat;
    /** Unscaled Schoenfeld residuals, one row per event in R's order (see {@link #eventRows}). */
    final double[][] schoenfeld;
    /** The data row of each residual row. */
    final int[] eventRows;
    /** Per stratum and column: the stratum's event count, or 0 where the column is constant in the stratum. */
    final int[][] used;

    /**
     * The order of the residual rows of deaths tied at one time: R's zph1 (right-censored data) keeps
     * them in row order, zph2 (counting process) in reverse row order.
     */
    enum TiedDeaths {
        ROW_ORDER,
        REVERSE_ROW_ORDER;

        static TiedDeaths of(boolean countingProcess) {
            return countingProcess ? REVERSE_ROW_ORDER : ROW_ORDER;
        }
    }

    /**
     * @param gtime g(t) per row, centred; read at event rows only
     * @param eta linear predictor per row
     */
    ZphScores(
            double[] gtime,
            double[][] x,
            double[] eta,
            double[] w,
            EventTimes times,
            int[] strata,
            boolean[] event,
            Ties ties,
            TiedDeaths tiedDeaths) {
        int n = x.length;
        int p = n == 0 ? 0 : x[0].length;
        used = usedColumns(x, strata, event, times.strataCount());
        double[][] z = centred(x);
        u = new double[2 * p];
        imat = new double[2 * p][2 * p];
        int events = 0;
        for (boolean e : event) {
            events += e ? 1 : 0;
        }
        schoenfeld = new double[events][];
        eventRows = new int[events];
        int[] next = {0};
        times.forEach((stratum, time, atRisk, deaths) -> {
            int[] dead = tiedDeaths == TiedDeaths.REVERSE_ROW_ORDER ? reversed(deaths) : deaths;
            boolean[] isDead = new boolean[n];
            for (int i : dead) {
                isDead[i] = true;
            }
            double denom = 0;
            double[] a = new double[p];
            double[][] cmat = new double[p][p];
            double denom2 = 0;
            double[] a2 = new double[p];
            double[][] cmat2 = new double[p][p];
            double deadWeight = 0;
            for (int i : atRisk) {
                double risk = Math.exp(eta[i]) * w[i];
                if (isDead[i]) {
                    denom2 += risk;
                    deadWeight += w[i];
                    accumulate(risk, z[i], a2, cmat2);
                } else {
                    denom += risk;
                    accumulate(risk, z[i], a, cmat);
                }
            }
            double timewt = gtime[dead[0]];
            for (int i : dead) {
                for (int k = 0; k < p; k++) {
                    u[k] += w[i] * z[i][k];
                    u[k + p] += timewt * w[i] * z[i][k];
                }
            }
            // Breslow: one step with all deaths in; Efron: d steps, the deaths entering by 1/d each time
            int d = dead.length;
            int steps = ties == Ties.BRESLOW ? 1 : d;
            double stepWeight = deadWeight / steps;
            double[] meanOfMeans = new double[p];
            for (int s = 1; s <= steps; s++) {
                double frac = (double) s / steps;
                double den = denom + denom2 * frac;
                for (int i = 0; i < p; i++) {
                    double ai = a[i] + a2[i] * frac;
                    double mean = ai / den;
                    meanOfMeans[i] += mean / steps;
                    u[i] -= stepWeight * mean;
                    u[i + p] -= timewt * stepWeight * mean;
                    for (int j = 0; j <= i; j++) {
                        double aj = a[j] + a2[j] * frac;
                        double info = stepWeight * (cmat[i][j] + cmat2[i][j] * frac - mean * aj) / den;
                        imat[j][i] += info;
                        imat[j][i + p] += info * timewt;
                        imat[j + p][i + p] += info * timewt * timewt;
                    }
                }
            }
            for (int i : dead) {
                double[] r = new double[p];
                for (int k = 0; k < p; k++) {
                    r[k] = z[i][k] - meanOfMeans[k];
                }
                schoenfeld[next[0]] = r;
                eventRows[next[0]] = i;
                next[0]++;
            }
        });
        symmetrise(p);
    }

    private static void accumulate(double risk, double[] zi, double[] a, double[][] cmat) {
        for (int i = 0; i < zi.length; i++) {
            a[i] += risk * zi[i];
            for (int j = 0; j <= i; j++) {
                cmat[i][j] += risk * zi[i] * zi[j];
            }
        }
    }

    /** imat was filled in its upper blocks' upper triangles; copy to the rest as R does. */
    private void symmetrise(int p) {
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                imat[i][j] = imat[j][i];
                imat[i][j + p] = imat[j][i + p];
                imat[i + p][j + p] = imat[j + p][i + p];
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                imat[i + p][j] = imat[j][i + p];
            }
        }
    }

    /** R re-centres X on its unweighted column means to steady the sums of squares. */
    private static double[][] centred(double[][] x) {
        int n = x.length;
        int p = n == 0 ? 0 : x[0].length;
        double[] mean = new double[p];
        for (double[] row : x) {
            for (int k = 0; k < p; k++) {
                mean[k] += row[k];
            }
        }
        double[][] z = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < p; k++) {
                z[i][k] = x[i][k] - mean[k] / n;
            }
        }
        return z;
    }

    private static int[][] usedColumns(double[][] x, int[] strata, boolean[] event, int nStrata) {
        int p = x.length == 0 ? 0 : x[0].length;
        int[] events = new int[nStrata];
        int[] first = new int[nStrata];
        Arrays.fill(first, -1);
        boolean[][] varies = new boolean[nStrata][p];
        for (int i = 0; i < x.length; i++) {
            int s = strata[i];
            events[s] += event[i] ? 1 : 0;
            if (first[s] < 0) {
                first[s] = i;
            }
            for (int k = 0; k < p; k++) {
                varies[s][k] |= x[i][k] != x[first[s]][k];
            }
        }
        int[][] out = new int[nStrata][p];
        for (int s = 0; s < nStrata; s++) {
            for (int k = 0; k < p; k++) {
                out[s][k] = varies[s][k] ? events[s] : 0;
            }
        }
        return out;
    }

    private static int[] reversed(int[] a) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[a.length - 1 - i];
        }
        return out;
    }
}
