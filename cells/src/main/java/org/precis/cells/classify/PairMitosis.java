package org.precis.cells.classify;

/**
 * A mitosis called at the midpoint of two detected nuclei (an anaphase or telophase figure found
 * as two nuclei), with the model's mitosis probability there. The two nuclei keep their own
 * non-mitosis calls; the figure is one extra object. Research use only, not a diagnosis.
 */
public record PairMitosis(MitosisCandidate candidate, double probability) {

    public PairMitosis {
        if (candidate == null || !candidate.isPair()) {
            throw new IllegalArgumentException("a pair mitosis needs a pair candidate");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("mitosis probability must be in [0, 1]: " + probability);
        }
    }
}
