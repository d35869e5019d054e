/**
 * The contract every federated algorithm follows, and the algorithms themselves.
 *
 * <p>An algorithm is three pure functions: the coordinator's {@link
 * org.precis.federation.algorithm.FederatedAlgorithm#start start} and {@link
 * org.precis.federation.algorithm.FederatedAlgorithm#aggregate aggregate}, and the site's {@link
 * org.precis.federation.algorithm.FederatedAlgorithm#compute compute}. A round's request is public
 * (coefficients, a time grid, column names); a site answers with a fixed-length vector of
 * aggregates that is only ever seen summed over the sites (secure aggregation wraps this contract,
 * it does not leak into it). No algorithm sends a row-level value or an event time: every
 * vector's length is fixed by the study's parameters (covariates, levels, grid), never by a
 * site's number of rows, and every entry is a sum over the site's rows.
 *
 * <p>The coordinator keeps no state between rounds: what it needs next (Newton-Raphson's
 * coefficients and log-likelihoods, pooled means) travels in the next round's public parameters.
 *
 * <p>Each algorithm gives the pooled single-machine answer: {@code cox-stratified} the Cox model
 * with strata(site) (Newton-Raphson as R's coxph); {@code cox-grid} the Cox model with one
 * baseline hazard on the data coarsened to a shared grid; {@code km} and {@code logrank} the
 * Kaplan-Meier curves and G-rho test of the data coarsened to a shared grid ({@link
 * org.precis.federation.algorithm.TimeGrid} defines the coarsening); {@code descriptive} counts,
 * means and standard deviations; {@code logistic} logistic regression. {@code fedavg} and {@code
 * fedprox} (package {@code training}) train the patch classifier head on the sites' patch sets
 * ({@link org.precis.federation.algorithm.SiteData}) and give the federated model, not a pooled fit;
 * {@code evaluate-heads} (package {@code evaluation}) scores a candidate head against the production
 * one at every site and promotes it only when every site says better. Those that release each site's
 * own figures rather than a sum over sites ({@code evaluate-heads}, {@code drift}) lay the secure
 * sum out in one block per site ({@link org.precis.federation.algorithm.SiteBlocks}).
 *
 * <p>Disclosure control: a site refuses ({@link org.precis.federation.algorithm.DisclosureException})
 * rather than release anything built from fewer rows than its minimum cell count: a study's
 * complete rows (regressions), a group's rows (KM, log-rank), or any non-empty category count and
 * any mean or SD (descriptive). The site's own rule decides, whatever the coordinator asks;
 * because refused counts are never released, every released pooled count is at least the
 * minimum too.
 */
package org.precis.federation.algorithm;
