package org.precis.survival.cox;

/**
 * Score residuals as R's coxscore2/agscore2: per row, the sum over event times of
 * {@code (x - xbar(t))(dN - risk dLambda)}, with Efron's tied deaths entering each of the d
 * sub-steps with weight 1/d and leaving the risk set fraction by fraction. Unweighted, as R's
 * residuals before {@code weighted = TRUE} multiplies by the case weight.
 */
final class ScoreResiduals {
    private ScoreResiduals() {}

    /**
     * @param x covariates (any centring: residuals do not depend on it)
     * @param score exp(linear predictor) per row
     */
    static double[][] of(double[][] x, double[] score, double[] w, EventTimes times, Ties ties) {
        int n = x.length;
        int p = n == 0 ? 0 : x[0].length;
        double[][] resid = new double[n][p];
        times.forEach((stratum, time, atRisk, deaths) -> {
            double denom = 0;
            double[] a = new double[p];
            for (int i : atRisk) {
                double r = score[i] * w[i];
                denom += r;
                for (int k = 0; k < p; k++) {
                    a[k] += r * x[i][k];
                }
            }
            double eDenom = 0;
            double meanwt = 0;
            double[] a2 = new double[p];
            boolean[] dead = new boolean[n];
            for (int i : deaths) {
                double r = score[i] * w[i];
                eDenom += r;
                meanwt += w[i];
                dead[i] = true;
                for (int k = 0; k < p; k++) {
                    a2[k] += r * x[i][k];
                }
            }
            int d = deaths.length;
            if (d < 2 || ties == Ties.BRESLOW) {
                double hazard = meanwt / denom;
                for (int k = 0; k < p; k++) {
                    double xbar = a[k] / denom;
                    for (int i : atRisk) {
                        double diff = x[i][k] - xbar;
                        if (dead[i]) {
                            resid[i][k] += diff;
                        }
                        resid[i][k] -= diff * score[i] * hazard;
                    }
                }
            } else {
                double wtave = meanwt / d;
                for (int dd = 0; dd < d; dd++) {
                    double downwt = (double) dd / d;
                    double temp = denom - downwt * eDenom;
                    double hazard = wtave / temp;
                    for (int k = 0; k < p; k++) {
                        double mean = (a[k] - downwt * a2[k]) / temp;
                        for (int i : atRisk) {
                            double diff = x[i][k] - mean;
                            if (dead[i]) {
                                resid[i][k] += diff / d;
                                resid[i][k] -= diff * score[i] * hazard * (1 - downwt);
                            } else {
                                resid[i][k] -= diff * score[i] * hazard;
                            }
                        }
                    }
                }
            }
        });
        return resid;
    }
}
