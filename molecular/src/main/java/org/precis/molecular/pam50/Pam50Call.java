package org.precis.molecular.pam50;

import java.util.Optional;

/**
 * One sample's PAM50 call as genefu makes it.
 *
 * @param sample the sample id
 * @param subtype the subtype of the highest correlation (the first in {@link Pam50Subtype} order on
 *     a tie; {@link Pam50Subtype#BASAL} when all five correlations are NA, as genefu's {@code
 *     order()} does); empty only when genefu gives no call at all (no gene mapped, or more than 90%
 *     of the mapped values missing)
 * @param correlations Spearman correlation with each centroid, {@link Pam50Subtype} order; NaN where
 *     genefu gives NA (3 or fewer genes with a value)
 * @param probabilities genefu's {@code subtype.proba}: negative correlations set to 0, divided by the
 *     sum; NaN where genefu gives NA or NaN (all correlations NA, or none above 0)
 */
public record Pam50Call(String sample, Optional<Pam50Subtype> subtype, double[] correlations, double[] probabilities) {

    public Pam50Call {
        correlations = correlations.clone();
        probabilities = probabilities.clone();
    }

    public double correlation(Pam50Subtype subtype) {
        return correlations[subtype.ordinal()];
    }

    public double probability(Pam50Subtype subtype) {
        return probabilities[subtype.ordinal()];
    }

    @Override
    public double[] correlations() {
        return correlations.clone();
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }
}
