package org.precis.federation.algorithm;

import org.precis.survival.cox.CoxLikelihood;

/**
 * How a federated Cox fit gets the pooled likelihood at a beta: what each site sums and how the
 * coordinator turns the summed vector into the log-likelihood, score and information.
 */
interface CoxLikelihoodRound {
    /** The rows the fit uses at a site (the grid fit coarsens the times). */
    SiteRows prepare(SiteRows rows);

    int vectorLength(int p);

    /** Site side, on the centred and scaled covariates {@code z}. */
    double[] compute(SiteRows rows, double[][] z, double[] beta);

    /** Coordinator side. */
    CoxLikelihood.Value combine(double[] sum, int p);
}
