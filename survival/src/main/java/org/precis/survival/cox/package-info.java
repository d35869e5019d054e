/**
 * Cox proportional hazards regression as R's {@code coxph} (survival 3.5-3) computes it:
 * Newton-Raphson from zero with step halving and R's convergence rule, Efron or Breslow ties,
 * strata, case weights, counting-process {@code (start, stop]} data and the cluster-robust
 * (sandwich) variance; prediction of linear predictors, baseline cumulative hazards and survival
 * curves as {@code predict.coxph} and {@code survfit.coxph}, with the pieces of the curves'
 * variance ({@link org.precis.survival.cox.BaselineVariance}, R's {@code agsurv} {@code varhaz} and
 * {@code xbar}); and the proportional-hazards check
 * of {@code cox.zph} (score tests per term and GLOBAL, scaled Schoenfeld residuals against a
 * {@link org.precis.survival.cox.TimeTransform} of time) in
 * {@link org.precis.survival.cox.ProportionalHazardsCheck}.
 *
 * <p>{@link org.precis.survival.cox.CoxModel} is the entry point; its {@link org.precis.survival.cox.CoxResult}
 * is an immutable record. Collinear or constant covariates are refused with an
 * {@link java.lang.IllegalArgumentException} naming them, where R would quietly report NA.
 *
 * <p>A fit assembled elsewhere from sums over several tables (a federated fit stratified by site)
 * uses the same pieces, public for it: {@link org.precis.survival.cox.CoxLikelihood} (a table's
 * log-likelihood, score and information at a beta), {@link org.precis.survival.cox.Cholesky} and
 * {@link org.precis.survival.cox.CoxControl} (R's solver and stopping rule), {@link
 * org.precis.survival.cox.ConcordanceSums} (the concordance as sums over strata), {@link
 * org.precis.survival.cox.CoxWarnings}, {@code CoxTerm.of} and {@code ChiSquareTest.of}; {@link
 * org.precis.survival.cox.CoxResultJson} is the JSON shape {@code precis survival cox --json}
 * prints.
 */
package org.precis.survival.cox;
