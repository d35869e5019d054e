package org.precis.federation.algorithm;

import org.precis.survival.data.SurvivalTable;

/**
 * {@code cox-stratified}: the Cox model stratified by site, equal to the pooled single-machine
 * fit with {@code strata(site)} (Newton-Raphson as R's coxph, centring and scaling as the survival
 * module). Parameters: {@code time}, {@code event}, optional {@code event_value}, {@code
 * covariates}, optional {@code levels} (per categorical covariate, reference first), optional
 * {@code ties}. The result has the shape of {@code precis survival cox --json}, plus the sites.
 */
public final class CoxStratified implements FederatedAlgorithm {
  public static final String NAME = "cox-stratified";

  private final CoxRounds rounds = new CoxRounds(NAME, CoxStudy.Baseline.PER_SITE, study -> new StratifiedLikelihood(study.ties()));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public RoundRequest start(StudyParameters parameters) {
    return rounds.start(parameters);
  }

  @Override
  public LocalAggregate compute(RoundRequest request, SurvivalTable siteTable, DisclosureRules rules) {
    return rounds.compute(request, siteTable, rules);
  }

  @Override
  public RoundOutcome aggregate(RoundRequest request, SecureSum sum) {
    return rounds.aggregate(request, sum);
  }
}
