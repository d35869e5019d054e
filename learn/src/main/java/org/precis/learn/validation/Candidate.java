package org.precis.learn.validation;

/** One configuration to choose among: an embedding variant (its index) and an L2 penalty λ. */
public record Candidate(int variant, double l2Penalty) {

    public Candidate {
        if (variant < 0) {
            throw new IllegalArgumentException("variant index must be >= 0: " + variant);
        }
        if (!(l2Penalty >= 0) || Double.isInfinite(l2Penalty)) {
            throw new IllegalArgumentException("L2 penalty must be finite and >= 0: " + l2Penalty);
        }
    }
}
