/**
 * Cox proportional hazards regression as R's {@code coxph} (survival 3.5-3) computes it:
 * Newton-Raphson from zero with step halving and R's convergence rule, Efron or Breslow ties,
 * strata, case weights, counting-process {@code (start, stop]} data and the cluster-robust
 * (sandwich) variance; prediction of linear predictors, baseline cumulative hazards and survival
 * curves as {@code predict.coxph} and {@code survfit.coxph}; and the proportional-hazards check
 * of {@code cox.zph} (score tests per term and GLOBAL, scaled Schoenfeld residuals against a
 * {@link org.precis.survival.cox.TimeTransform} of time) in
 * {@link org.precis.survival.cox.ProportionalHazardsCheck}.
 *
 * <p>{@link org.precis.survival.cox.CoxModel} is the entry point; its {@link org.precis.survival.cox.CoxResult}
 * is an immutable record. Collinear or constant covariates are refused with an
 * {@link java.lang.IllegalArgumentException} naming them, where R would quietly report NA.
 */
package org.precis.survival.cox;
