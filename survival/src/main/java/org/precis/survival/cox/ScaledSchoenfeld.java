package org.precis.survival.cox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scaled Schoenfeld residuals of R's {@code cox.zph}: each event's residual times the inverse
 * of the average information per event, plus the coefficient, so that a smooth of them against
 * g(t) estimates beta(t). The average is taken over the events of the strata in which a column
 * varies; a column constant in a stratum gets no residual (R's NA, here NaN) for that stratum's
 * events. A text column (several design columns) becomes one column, its residuals weighted by
 * the coefficients and shifted by 1 instead of by a coefficient.
 */
final class ScaledSchoenfeld {
    private final double[][] residuals;
    private final double[][] variance;

    ScaledSchoenfeld(ZphScores scores, List<int[]> assign, double[] beta) {
        int p = beta.length;
        int nterm = assign.size();
        int nStrata = scores.used.length;
        int[][] used = new int[nStrata][];
        for (int s = 0; s < nStrata; s++) {
            used[s] = scores.used[s].clone();
        }
        // a text column is used in a stratum when any of its indicators varies there
        for (int[] cols : assign) {
            if (cols.length > 1 && anyZero(used, cols)) {
                for (int[] row : used) {
                    int max = 0;
                    for (int c : cols) {
                        max = Math.max(max, row[c]);
                    }
                    for (int c : cols) {
                        row[c] = max;
                    }
                }
            }
        }
        double[][] vmean = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double events = 0;
                for (int[] row : used) {
                    events += Math.min(row[i], row[j]);
                }
                vmean[i][j] = scores.imat[i][j] / (events == 0 ? 1 : events);
            }
        }
        // terms as columns: the identity for numeric terms, the coefficients for a text column's indicators
        double[][] toTerms = new double[p][nterm];
        boolean anyWide = false;
        for (int t = 0; t < nterm; t++) {
            int[] cols = assign.get(t);
            anyWide |= cols.length > 1;
            for (int c : cols) {
                toTerms[c][t] = cols.length == 1 ? 1 : beta[c];
            }
        }
        double[][] resid = scores.schoenfeld;
        int[][] termUsed = used;
        if (anyWide) {
            resid = multiply(resid, toTerms);
            vmean = multiply(transpose(toTerms), multiply(vmean, toTerms));
            termUsed = new int[nStrata][nterm];
            for (int s = 0; s < nStrata; s++) {
                for (int t = 0; t < nterm; t++) {
                    termUsed[s][t] = used[s][assign.get(t)[0]];
                }
            }
        }
        residuals = scale(resid, vmean, termUsed);
        for (int t = 0; t < nterm; t++) {
            int[] cols = assign.get(t);
            double shift = cols.length == 1 ? beta[cols[0]] : 1;
            for (double[] row : residuals) {
                row[t] += shift;
            }
        }
        variance = LinearSystem.inverse(vmean);
    }

    /**
     * Solves each row against the average information of the terms used in its stratum. Rows go to
     * strata as R assigns them, by count: stratum s takes the next max(used[s]) rows. A stratum with
     * events where every term is constant takes none, so the rows after it shift by that many and the
     * last rows stay unscaled; R does this, and so does this code, to give R's numbers.
     */
    private static double[][] scale(double[][] resid, double[][] vmean, int[][] used) {
        int nterm = vmean.length;
        double[][] out = new double[resid.length][];
        for (int r = 0; r < resid.length; r++) {
            out[r] = resid[r].clone();
        }
        int r = 0;
        for (int[] stratumUsed : used) {
            int rows = Arrays.stream(stratumUsed).max().orElse(0);
            List<Integer> k = new ArrayList<>();
            for (int t = 0; t < nterm; t++) {
                if (stratumUsed[t] > 0) {
                    k.add(t);
                }
            }
            double[][] sub = new double[k.size()][k.size()];
            for (int a = 0; a < k.size(); a++) {
                for (int b = 0; b < k.size(); b++) {
                    sub[a][b] = vmean[k.get(a)][k.get(b)];
                }
            }
            for (int end = Math.min(resid.length, r + rows); r < end; r++) {
                double[] rhs = new double[k.size()];
                for (int a = 0; a < k.size(); a++) {
                    rhs[a] = resid[r][k.get(a)];
                }
                double[] solved = LinearSystem.solve(sub, rhs);
                Arrays.fill(out[r], Double.NaN);
                for (int a = 0; a < k.size(); a++) {
                    out[r][k.get(a)] = solved[a];
                }
            }
        }
        return out;
    }

    private static boolean anyZero(int[][] used, int[] cols) {
        for (int[] row : used) {
            for (int c : cols) {
                if (row[c] == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int m = b.length == 0 ? 0 : b[0].length;
        double[][] out = new double[a.length][m];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < m; j++) {
                    out[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return out;
    }

    private static double[][] transpose(double[][] a) {
        int m = a.length == 0 ? 0 : a[0].length;
        double[][] out = new double[m][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < m; j++) {
                out[j][i] = a[i][j];
            }
        }
        return out;
    }

    /** Rows per event, one column per term; NaN where R has NA. */
    double[][] residuals() {
        return residuals;
    }

    /** R's zph$var: the inverse of the average information, in terms. */
    double[][] variance() {
        return variance;
    }
}
