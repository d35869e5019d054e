/**
 * Federated training of the multinomial logistic patch classifier head on patch embeddings
 * ({@code fedavg}, {@code fedprox}), as pure algorithms of the federation's framework: every
 * site's contribution is a fixed-length vector of sums that leaves the site only through secure
 * aggregation.
 *
 * <p>Rounds: feature sums and class counts (round 0), squared deviations from the pooled means
 * (round 1: pooled standardisation, as {@code Standardisation.fit} on the union), then training
 * rounds in which each site starts from the public global model, trains locally (full-batch or
 * mini-batch gradient descent on the class-weighted log loss with an L2 penalty and, for FedProx,
 * the proximal term {@code mu/2 ||w - w_global||^2}) and sends {@code n_site * (w_local - w_global)},
 * {@code n_site} and its validation loss sums of the global model; the coordinator sees the sums
 * only and steps to {@code w_global + sum(n_s delta_s) / sum(n_s)} (FedAvg, McMahan et al. 2017;
 * FedProx, Li et al. 2020). Early stopping on the federated validation loss keeps the best model.
 *
 * <p>Site-side checks ({@link org.precis.federation.training.SitePatches}): the study's embedding
 * recipe must be the one the site's patch set was embedded with, its classes the site's classes,
 * and the site must hold enough patches; every count released is at least the site's minimum cell
 * count.
 *
 * <p>With {@code privacy:} ({@link org.precis.federation.training.PrivacySettings}) the rounds are
 * DP-SGD steps: a noisy statistics round (counts only), then per-patch clipped gradient sums with
 * Gaussian noise that each site adds in shares ({@link
 * org.precis.federation.training.NoisyGradientSum}); the epsilon of the whole study is composed by
 * {@link org.precis.federation.privacy} ({@link org.precis.federation.training.PrivacyPlan}), checked
 * by each site against its policy's maximum and charged to its privacy ledger before each release.
 */
package org.precis.federation.training;
