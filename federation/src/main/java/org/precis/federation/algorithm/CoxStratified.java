package org.precis.federation.algorithm;

/**
 * {@code cox-stratified}: the Cox model stratified by site, equal to the pooled single-machine
 * fit with {@code strata(site)} (Newton-Raphson as R's coxph, centring and scaling as the survival
 * module). Parameters: {@code time}, {@code event}, optional {@code event_value}, {@code
 * covariates}, optional {@code levels} (per categorical covariate, reference first), optional
 * {@code ties}. The result has the shape of {@code precis survival cox --json}, plus the sites.
 */
public final class CoxStratified extends CoxRounds {
    public static final String NAME = "cox-stratified";

    public CoxStratified() {
        super(NAME, CoxStudy.Baseline.PER_SITE, study -> new StratifiedLikelihood(study.ties()));
    }
}
