/**
 * Federated evaluation of a candidate patch-classifier head against the production one ({@code
 * evaluate-heads}): every site scores both heads on its own validation rows (the rows a training
 * study with the same {@code validation_fraction} and {@code seed} holds back), decides on its own
 * whether the candidate is better, and releases its figures and verdict; the candidate is promoted
 * only when every site says better (Flower's per-client evaluation, decided by unanimity).
 *
 * <p>This package owns the study's parameters ({@link org.precis.federation.evaluation.EvaluationSettings}),
 * the site's figures ({@link org.precis.federation.evaluation.SiteEvaluation}), their slot block in
 * the secure sum ({@link org.precis.federation.evaluation.VerdictSlots}), the rule a site decides
 * by ({@link org.precis.federation.evaluation.PromotionRule}), the result JSON ({@link
 * org.precis.federation.evaluation.EvaluationResult}) and the decision read from it ({@link
 * org.precis.federation.evaluation.PromotionDecision}). Per-site figures are released by design:
 * each site fills its own block of the summed vector and zeros elsewhere, so secure aggregation
 * hides nothing here but guarantees the transport and the audit trail; a site still refuses when
 * its validation rows are fewer than its minimum cell count.
 */
package org.precis.federation.evaluation;
