package org.precis.survival.cox;

import java.util.Objects;

/**
 * The Cox partial log-likelihood of right-censored rows, its score and information at any beta,
 * computed as {@link CoxModel#fit} computes them (near-equal times merged as R's aeqSurv,
 * separate risk sets per stratum, Efron or Breslow ties, unit case weights). Public so that sums
 * over several tables, as a federated fit stratified by site forms them, are the same numbers.
 */
public final class CoxLikelihood {
    /**
     * The value at one beta.
     *
     * @param loglik log partial likelihood
     * @param score its gradient
     * @param information minus its Hessian (symmetric)
     */
    public record Value(double loglik, double[] score, double[][] information) {
        public Value {
            score = score.clone();
            information = copy(information);
        }

        @Override
        public double[] score() {
            return score.clone();
        }

        @Override
        public double[][] information() {
            return copy(information);
        }

        private static double[][] copy(double[][] m) {
            double[][] out = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                out[i] = m[i].clone();
            }
            return out;
        }
    }

    private final PartialLikelihood likelihood;
    private final int p;

    private CoxLikelihood(PartialLikelihood likelihood, int p) {
        this.likelihood = likelihood;
        this.p = p;
    }

    /**
     * The likelihood of right-censored rows.
     *
     * @param z covariates (already centred and scaled as the caller wants them), one row per subject
     * @param time follow-up times, all &gt; 0
     * @param event event flags
     * @param strata stratum code per row, 0.. (all 0 for one stratum)
     */
    public static CoxLikelihood rightCensored(double[][] z, double[] time, boolean[] event, int[] strata, Ties ties) {
        Objects.requireNonNull(ties, "ties");
        int n = z.length;
        if (time.length != n || event.length != n || strata.length != n) {
            throw new IllegalArgumentException("z (" + n + "), time (" + time.length + "), event (" + event.length
                    + ") and strata (" + strata.length + ") must have one entry per row");
        }
        double[] start = new double[n];
        java.util.Arrays.fill(start, Double.NEGATIVE_INFINITY);
        double[][] fixed = TimeFix.intervals(start, time);
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0);
        RiskSetOrder order = RiskSetOrder.of(fixed[0], fixed[1], event, strata);
        int p = n == 0 ? 0 : z[0].length;
        return new CoxLikelihood(new PartialLikelihood(z, w, fixed[0], fixed[1], event, order, ties), p);
    }

    /** The log-likelihood, score and information at {@code beta}. */
    public Value at(double[] beta) {
        if (beta.length != p) {
            throw new IllegalArgumentException("beta has " + beta.length + " values, the covariates " + p);
        }
        PartialLikelihood.Evaluation e = likelihood.evaluate(beta);
        return new Value(e.loglik(), e.score(), e.information());
    }
}
