package org.precis.federation.algorithm;

import org.precis.survival.cox.CoxLikelihood;
import org.precis.survival.cox.Ties;

/**
 * The Cox likelihood stratified by site: each site its own baseline hazard, so the pooled
 * log-likelihood, score and information are the sums of the sites' own, which each site computes
 * with the survival module's Efron (or Breslow) sweep. Only these p + p² + 1 sums leave a site;
 * no event time does.
 */
record StratifiedLikelihood(Ties ties) implements CoxLikelihoodRound {

    @Override
    public SiteRows prepare(SiteRows rows) {
        return rows;
    }

    @Override
    public int vectorLength(int p) {
        return 1 + p + p * p;
    }

    @Override
    public double[] compute(SiteRows rows, double[][] z, double[] beta) {
        CoxLikelihood.Value v = CoxLikelihood.rightCensored(z, rows.time(), rows.event(), new int[z.length], ties)
                .at(beta);
        int p = beta.length;
        double[] out = new double[vectorLength(p)];
        out[0] = v.loglik();
        System.arraycopy(v.score(), 0, out, 1, p);
        double[][] info = v.information();
        for (int i = 0; i < p; i++) {
            System.arraycopy(info[i], 0, out, 1 + p + i * p, p);
        }
        return out;
    }

    @Override
    public CoxLikelihood.Value combine(double[] sum, int p) {
        double[] score = new double[p];
        System.arraycopy(sum, 1, score, 0, p);
        double[][] info = new double[p][p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(sum, 1 + p + i * p, info[i], 0, p);
        }
        return new CoxLikelihood.Value(sum[0], score, info);
    }
}
