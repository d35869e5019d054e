package org.precis.learn.validation;

/**
 * One configuration to choose among: an embedding variant (its index), a head family (its index
 * in the selection's families) and that family's setting.
 */
public record Candidate(int variant, int family, int setting) {

    public Candidate {
        if (variant < 0 || family < 0 || setting < 0) {
            throw new IllegalArgumentException(
                    "variant, family and setting indices must be >= 0: " + variant + ", " + family + ", " + setting);
        }
    }
}
