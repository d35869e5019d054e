package org.precis.survival.cox;

/**
 * R survival's generalised Cholesky (cholesky2, chsolve2, chinv2): an LDL' factor of a symmetric
 * non-negative definite matrix where a pivot below {@code toler} times the largest diagonal is
 * set to zero, so singular columns drop out instead of failing. Matching R's tolerance keeps the
 * same columns declared singular. Public so that a fit assembled elsewhere (a federated Newton
 * step) solves exactly as {@link CoxModel} does.
 */
public final class Cholesky {
    private final double[][] f;
    private final int rank;
    private final boolean[] zeroPivot;

    /** Factors a copy of {@code m} (only the lower triangle is read). */
    public Cholesky(double[][] m, double toler) {
        int n = m.length;
        f = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                f[i][j] = m[i][j];
            }
        }
        zeroPivot = new boolean[n];
        double eps = 0;
        for (int i = 0; i < n; i++) {
            eps = Math.max(eps, Math.abs(f[i][i]));
        }
        eps = eps == 0 ? toler : eps * toler;
        int r = 0;
        for (int i = 0; i < n; i++) {
            double pivot = f[i][i];
            if (!Double.isFinite(pivot) || pivot < eps) {
                f[i][i] = 0;
                zeroPivot[i] = true;
                for (int j = i + 1; j < n; j++) {
                    f[j][i] = 0;
                }
            } else {
                r++;
                for (int j = i + 1; j < n; j++) {
                    double temp = f[j][i] / pivot;
                    f[j][i] = temp;
                    f[j][j] -= temp * temp * pivot;
                    for (int k = j + 1; k < n; k++) {
                        f[k][j] -= temp * f[k][i];
                    }
                }
            }
        }
        rank = r;
    }

    public int rank() {
        return rank;
    }

    public boolean isZeroPivot(int i) {
        return zeroPivot[i];
    }

    /** Solves m y = b; components of singular columns come out zero, as chsolve2. */
    public double[] solve(double[] b) {
        int n = f.length;
        double[] y = b.clone();
        for (int i = 0; i < n; i++) {
            double temp = y[i];
            for (int j = 0; j < i; j++) {
                temp -= y[j] * f[i][j];
            }
            y[i] = temp;
        }
        for (int i = n - 1; i >= 0; i--) {
            if (f[i][i] == 0) {
                y[i] = 0;
            } else {
                double temp = y[i] / f[i][i];
                for (int j = i + 1; j < n; j++) {
                    temp -= y[j] * f[j][i];
                }
                y[i] = temp;
            }
        }
        return y;
    }

    /** The inverse (a generalised inverse with zero rows and columns for singular pivots). */
    public double[][] inverse() {
        int n = f.length;
        double[][] inv = new double[n][n];
        for (int c = 0; c < n; c++) {
            double[] e = new double[n];
            e[c] = 1;
            double[] col = solve(e);
            for (int r = 0; r < n; r++) {
                inv[r][c] = col[r];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double avg = 0.5 * (inv[i][j] + inv[j][i]);
                inv[i][j] = avg;
                inv[j][i] = avg;
            }
        }
        return inv;
    }
}
