/**
 * The contract every federated algorithm follows, and the algorithms themselves.
 *
 * <p>An algorithm is three pure functions: the coordinator's {@link
 * org.precis.federation.algorithm.FederatedAlgorithm#start start} and {@link
 * org.precis.federation.algorithm.FederatedAlgorithm#aggregate aggregate}, and the site's {@link
 * org.precis.federation.algorithm.FederatedAlgorithm#compute compute}. A round's request is public
 * (coefficients, a time grid, column names); a site answers with a fixed-length vector of
 * aggregates that is only ever seen summed over the sites (secure aggregation wraps this contract,
 * it does not leak into it). No algorithm sends a row-level value or an event time.
 */
package org.precis.federation.algorithm;
