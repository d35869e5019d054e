/**
 * The federated training demo and its references: the LC25000 lung patches embedded
 * ({@link org.precis.demo.training.LungPatchEmbedding}), split non-IID across three sites after a
 * held-out share is kept apart ({@link org.precis.demo.training.SiteSplit}), trained federated
 * across site processes ({@link org.precis.demo.training.FederatedTrainingDemo}) and compared on
 * the same held-out patches with the pooled model and each site's model alone
 * ({@link org.precis.demo.training.TrainingComparison}); the benchmark behind
 * {@code bench/federated-training.sh}.
 */
package org.precis.demo.training;
