package org.precis.survival.validation;

/**
 * A concordance statistic and R's infinitesimal-jackknife standard error, as R's
 * {@code concordance()} reports them ({@code $concordance}, {@code sqrt($var)}).
 *
 * @param concordance C: the weighted share of comparable pairs in which the subject with the
 *     earlier event has the higher score, ties in the score counting one half
 * @param standardError sqrt of R's {@code var}
 * @param concordant weight of the pairs where the earlier event has the higher score
 * @param discordant weight of the pairs where it has the lower score
 * @param tiedScore weight of the comparable pairs with equal scores
 */
public record ConcordanceIndex(
        double concordance, double standardError, double concordant, double discordant, double tiedScore) {
    public ConcordanceIndex {
        if (!(concordance >= 0 && concordance <= 1)) {
            throw new IllegalArgumentException("concordance must lie in [0, 1], got " + concordance);
        }
    }
}
