package org.precis.survival.cox;

/**
 * Harrell's C of a fitted Cox model as R's {@code summary(coxph)$concordance} reports it
 * (concordancefit with timewt "n", reverse = TRUE): over comparable pairs, a death and a
 * subject still at risk after it (or censored at the same time) in the same stratum, the share in
 * which the death has the larger linear predictor, ties in the predictor counting one half and
 * tied event times left out. Pairs weigh the product of the case weights.
 *
 * @param concordance C
 * @param standardError R's infinitesimal-jackknife standard error, summed within clusters when clustered
 * @param concordant weighted pairs where the earlier death has the higher risk
 * @param discordant weighted pairs where it has the lower risk
 * @param tiedRisk weighted comparable pairs with equal linear predictors
 */
public record Concordance(
        double concordance, double standardError, double concordant, double discordant, double tiedRisk) {}
