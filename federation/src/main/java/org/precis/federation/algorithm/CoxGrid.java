package org.precis.federation.algorithm;

/**
 * {@code cox-grid}: the Cox model with one baseline hazard shared by all sites, exact for the data
 * coarsened to a shared, public time grid ({@link TimeGrid}; see {@link GridLikelihood} for what
 * sites send); equal to the pooled single-machine fit of the coarsened rows. How far that lies
 * from the fit of the exact times depends on the grid: {@code cohort.GridCoarseningEffect} measures it.
 * Parameters: those of {@code cox-stratified} and the {@code grid}. The result has the shape of
 * {@code precis survival cox --json}, plus the sites; its concordance counts pairs within a site
 * only (pairs across sites would need row-level predictors), as a model stratified by site would.
 */
public final class CoxGrid extends CoxRounds {
    public static final String NAME = "cox-grid";

    public CoxGrid() {
        super(
                NAME,
                CoxStudy.Baseline.SHARED_ON_GRID,
                study -> new GridLikelihood(study.grid().orElseThrow(), study.ties()));
    }
}
