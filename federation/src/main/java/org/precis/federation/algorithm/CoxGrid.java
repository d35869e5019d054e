package org.precis.federation.algorithm;

import org.precis.survival.data.SurvivalTable;

/**
 * {@code cox-grid}: the Cox model with one baseline hazard shared by all sites, exact for the data
 * coarsened to a shared, public time grid ({@link TimeGrid}; see {@link GridLikelihood} for what
 * sites send); equal to the pooled single-machine fit of the coarsened rows. How far that lies
 * from the fit of the exact times depends on the grid: {@code cohort.GridCoarseningEffect} measures it.
 * Parameters: those of {@code cox-stratified} and the {@code grid}. The result has the shape of
 * {@code precis survival cox --json}, plus the sites; its concordance counts pairs within a site
 * only (pairs across sites would need row-level predictors), as a model stratified by site would.
 */
public final class CoxGrid implements FederatedAlgorithm {
  public static final String NAME = "cox-grid";

  private final CoxRounds rounds = new CoxRounds(NAME, CoxStudy.Baseline.SHARED_ON_GRID,
      study -> new GridLikelihood(study.grid().orElseThrow(), study.ties()));

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
