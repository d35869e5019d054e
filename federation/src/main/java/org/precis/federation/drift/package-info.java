/**
 * Federated drift monitoring ({@code drift}): every site measures, on its own labelled patch set,
 * how far its patches have moved from a production head's training data and how well
 * calibrated the head's predictions are there (learn's {@link org.precis.learn.drift.DriftAnalysis}),
 * and releases the summary numbers in its own block of the secure sum, as {@code evaluate-heads}
 * releases its figures ({@link org.precis.federation.evaluation.VerdictSlots}): per site by design,
 * secure aggregation guaranteeing the transport and the audit trail. The per-feature vectors are
 * never released, and the reliability table only in bins of at least the site's minimum cell count.
 *
 * <p>This package owns the study's parameters ({@link org.precis.federation.drift.DriftSettings}),
 * the block layout ({@link org.precis.federation.drift.DriftSlots}), a site's released figures
 * ({@link org.precis.federation.drift.SiteDrift}) and the algorithm ({@link
 * org.precis.federation.drift.FederatedDrift}).
 */
package org.precis.federation.drift;
