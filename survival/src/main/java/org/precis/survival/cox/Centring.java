package org.precis.survival.cox;

/**
 * How coxfit6 conditions the covariates before Newton-Raphson: each column not made only of -1,
 * 0 and 1 (R's nocenter) is centred on its weighted mean and scaled by the reciprocal of its
 * weighted mean absolute deviation. The fit does not depend on it; the rounding, and so
 * agreement with R in the last digits, does. Also keeps the means R reports as fit$means.
 */
final class Centring {
    private final double[] centre;
    private final double[] scale;
    private final double[] reported;

    Centring(double[][] x, double[] w, boolean countingProcess) {
        int n = x.length;
        int p = n == 0 ? 0 : x[0].length;
        centre = new double[p];
        scale = new double[p];
        reported = new double[p];
        double sumw = 0;
        for (double wi : w) {
            sumw += wi;
        }
        for (int k = 0; k < p; k++) {
            scale[k] = 1;
            if (isMinusOneZeroOne(x, k)) {
                continue;
            }
            double weighted = 0;
            double plain = 0;
            for (int i = 0; i < n; i++) {
                weighted += w[i] * x[i][k];
                plain += x[i][k];
            }
            centre[k] = weighted / sumw;
            // coxph.fit reports the weighted means; agreg.fit reports colMeans(x)
            reported[k] = countingProcess ? plain / n : centre[k];
            double dev = 0;
            for (int i = 0; i < n; i++) {
                dev += w[i] * Math.abs(x[i][k] - centre[k]);
            }
            scale[k] = dev > 0 ? sumw / dev : 1.0;
        }
    }

    private static boolean isMinusOneZeroOne(double[][] x, int k) {
        for (double[] row : x) {
            if (row[k] != 0 && row[k] != 1 && row[k] != -1) {
                return false;
            }
        }
        return true;
    }

    /** The centred and scaled covariates the likelihood is evaluated on. */
    double[][] apply(double[][] x) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = new double[x[i].length];
            for (int k = 0; k < x[i].length; k++) {
                z[i][k] = (x[i][k] - centre[k]) * scale[k];
            }
        }
        return z;
    }

    double scale(int k) {
        return scale[k];
    }

    /** R's fit$means: 0 for columns of -1, 0, 1 values. */
    double[] reportedMeans() {
        return reported.clone();
    }
}
