package org.precis.survival.cox;

import java.util.Arrays;

/**
 * What Harrell's C of a stratified model needs from each stratum, as sums that add over strata
 * (and so over tables, as sites in a federated fit): the weighted concordant, discordant and tied
 * pairs, and the sums over rows of w² (h - l)², w² (h - l)(h + l + t) and w² (h + l + t)², h, l,
 * t being the weight of the row's concordant-side, discordant-side and tied pairs. The
 * infinitesimal-jackknife variance R reports expands into these three sums (no clusters).
 */
public record ConcordanceSums(
        double concordant,
        double discordant,
        double tiedRisk,
        double influenceDifference2,
        double influenceCross,
        double influenceTotal2) {

    /**
     * The sums of right-censored rows with unit weights, pairs only within a stratum.
     *
     * @param lp linear predictor per row
     * @param time follow-up times (near-equal times merged as the fit merges them)
     * @param strata stratum code per row, 0..
     */
    public static ConcordanceSums rightCensored(double[] lp, double[] time, boolean[] event, int[] strata) {
        int n = lp.length;
        if (time.length != n || event.length != n || strata.length != n) {
            throw new IllegalArgumentException("lp (" + n + "), time (" + time.length + "), event (" + event.length
                    + ") and strata (" + strata.length + ") must have one entry per row");
        }
        double[] start = new double[n];
        Arrays.fill(start, Double.NEGATIVE_INFINITY);
        double[][] fixed = TimeFix.intervals(start, time);
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        RiskSetOrder order = RiskSetOrder.of(fixed[0], fixed[1], event, strata);
        return ConcordanceFit.sums(lp, fixed[0], fixed[1], event, order, w);
    }

    /** These sums and another table's. */
    public ConcordanceSums plus(ConcordanceSums other) {
        return new ConcordanceSums(
                concordant + other.concordant,
                discordant + other.discordant,
                tiedRisk + other.tiedRisk,
                influenceDifference2 + other.influenceDifference2,
                influenceCross + other.influenceCross,
                influenceTotal2 + other.influenceTotal2);
    }

    /** C and its standard error, as {@code summary(coxph)$concordance}. */
    public Concordance concordance() {
        double npair = concordant + discordant + tiedRisk;
        double somers = (concordant - discordant) / npair;
        double var = (influenceDifference2 - 2 * somers * influenceCross + somers * somers * influenceTotal2)
                / (npair * npair);
        return new Concordance((somers + 1) / 2, Math.sqrt(Math.max(var, 0) / 4), concordant, discordant, tiedRisk);
    }
}
