package org.precis.survival.cox;

import java.util.Arrays;

/**
 * The Cox partial log-likelihood, its score and information at a given beta, by one sweep per
 * stratum from the last event time backwards, adding rows as they enter the risk set and removing
 * counting-process rows whose start lies at or after the event time. The sums follow R's
 * coxfit6/agfit4 term by term, Efron's tied deaths entering in fractions of 1/d.
 */
final class PartialLikelihood {
    private final int n;
    /** The covariates row by row in one array: the sweeps below read them in that order. */
    private final double[] zf;

    private final double[] w;
    private final double[] start;
    private final double[] stop;
    private final boolean[] event;
    private final int[][] byStop;
    private final int[][] byStart;
    private final Ties ties;
    private final int p;

    /** Value, score and (lower-triangle filled, then symmetric) information at one beta. */
    record Evaluation(double loglik, double[] score, double[][] information) {}

    PartialLikelihood(
            double[][] z, double[] w, double[] start, double[] stop, boolean[] event, RiskSetOrder order, Ties ties) {
        this.n = z.length;
        this.w = w;
        this.start = start;
        this.stop = stop;
        this.event = event;
        this.ties = ties;
        this.p = z.length == 0 ? 0 : z[0].length;
        this.zf = new double[z.length * p];
        for (int i = 0; i < z.length; i++) {
            System.arraycopy(z[i], 0, zf, i * p, p);
        }
        byStop = new int[order.strata()][];
        byStart = new int[order.strata()][];
        for (int s = 0; s < order.strata(); s++) {
            byStop[s] = order.byStop(s);
            byStart[s] = order.byStart(s);
        }
    }

    Evaluation evaluate(double[] beta) {
        int tri = p * p;
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < p; k++) {
                s += beta[k] * zf[i * p + k];
            }
            eta[i] = s;
        }
        double loglik = 0;
        double[] u = new double[p];
        double[] imat = new double[tri];
        double[] a = new double[p];
        double[] a2 = new double[p];
        // whole p x p matrices row by row: twice the products of a triangle, but the inner loops run over
        // contiguous memory, which the JIT turns into vector instructions
        double[] cmat = new double[tri];
        double[] cmat2 = new double[tri];
        byte[] state = new byte[n]; // 0 not yet at risk, 1 at risk, 2 left the risk set
        for (int s = 0; s < byStop.length; s++) {
            int[] ord = byStop[s];
            int[] ords = byStart[s];
            double denom = 0;
            int nrisk = 0;
            Arrays.fill(a, 0);
            Arrays.fill(cmat, 0);
            int iStop = 0;
            int iStart = 0;
            while (true) {
                int k = iStop;
                while (k < ord.length && !event[ord[k]]) {
                    k++;
                }
                if (k == ord.length) {
                    break;
                }
                double dtime = stop[ord[k]];
                for (; iStart < ords.length && start[ords[iStart]] >= dtime; iStart++) {
                    int j = ords[iStart];
                    if (state[j] == 1) {
                        nrisk--;
                        if (nrisk == 0) {
                            // everyone left: restart the sums from zero rather than carry rounding error
                            denom = 0;
                            Arrays.fill(a, 0);
                            Arrays.fill(cmat, 0);
                        } else {
                            double risk = Math.exp(eta[j]) * w[j];
                            denom -= risk;
                            accumulate(-risk, j, a, cmat);
                        }
                    }
                    state[j] = 2;
                }
                double denom2 = 0;
                double meanwt = 0;
                int deaths = 0;
                Arrays.fill(a2, 0);
                Arrays.fill(cmat2, 0);
                for (; iStop < ord.length && stop[ord[iStop]] >= dtime; iStop++) {
                    int j = ord[iStop];
                    if (state[j] == 2) {
                        continue;
                    }
                    state[j] = 1;
                    nrisk++;
                    double risk = Math.exp(eta[j]) * w[j];
                    if (event[j]) {
                        deaths++;
                        denom2 += risk;
                        meanwt += w[j];
                        loglik += w[j] * eta[j];
                        for (int i1 = 0; i1 < p; i1++) {
                            u[i1] += w[j] * zf[j * p + i1];
                        }
                        accumulate(risk, j, a2, cmat2);
                    } else {
                        denom += risk;
                        accumulate(risk, j, a, cmat);
                    }
                }
                // divisions hoisted out of the p^2 loops: a multiply costs a fraction of a divide
                if (ties == Ties.BRESLOW || deaths == 1) {
                    denom += denom2;
                    loglik -= meanwt * Math.log(denom);
                    double scale = meanwt / denom;
                    for (int i1 = 0; i1 < p; i1++) {
                        a[i1] += a2[i1];
                    }
                    for (int c = 0; c < tri; c++) {
                        cmat[c] += cmat2[c];
                    }
                    for (int i1 = 0; i1 < p; i1++) {
                        double mean = a[i1] / denom;
                        u[i1] -= meanwt * mean;
                        int row = i1 * p;
                        for (int j1 = 0; j1 < p; j1++) {
                            imat[row + j1] += scale * (cmat[row + j1] - mean * a[j1]);
                        }
                    }
                } else {
                    double wtave = meanwt / deaths;
                    double fraction = 1.0 / deaths;
                    for (int d = 0; d < deaths; d++) {
                        denom += denom2 * fraction;
                        loglik -= wtave * Math.log(denom);
                        double scale = wtave / denom;
                        for (int i1 = 0; i1 < p; i1++) {
                            a[i1] += a2[i1] * fraction;
                        }
                        for (int c = 0; c < tri; c++) {
                            cmat[c] += cmat2[c] * fraction;
                        }
                        for (int i1 = 0; i1 < p; i1++) {
                            double mean = a[i1] / denom;
                            u[i1] -= wtave * mean;
                            int row = i1 * p;
                            for (int j1 = 0; j1 < p; j1++) {
                                imat[row + j1] += scale * (cmat[row + j1] - mean * a[j1]);
                            }
                        }
                    }
                }
            }
        }
        double[][] information = new double[p][p];
        for (int i1 = 0; i1 < p; i1++) {
            for (int j1 = 0; j1 <= i1; j1++) {
                // the lower triangle, mirrored: the same numbers R's coxfit6 keeps
                information[i1][j1] = imat[i1 * p + j1];
                information[j1][i1] = imat[i1 * p + j1];
            }
        }
        return new Evaluation(loglik, u, information);
    }

    /** Adds one row's weighted covariates and their products to the sums (subtracts for a negative weight). */
    private void accumulate(double risk, int row, double[] sums, double[] products) {
        int base = row * p;
        for (int i1 = 0; i1 < p; i1++) {
            double zi = risk * zf[base + i1];
            sums[i1] += zi;
            int at = i1 * p;
            for (int j1 = 0; j1 < p; j1++) {
                products[at + j1] += zi * zf[base + j1];
            }
        }
    }
}
