package org.precis.learn.validation;

/**
 * Which candidates one nested-CV run chooses among: the embedding variants and head families at
 * these indices ({@code null} for all of them).
 */
public record CandidateGroup(int[] variants, int[] families) {

    /** Every candidate. */
    public static CandidateGroup all() {
        return new CandidateGroup(null, null);
    }

    /** Variant {@code variant} with head family {@code family}. */
    public static CandidateGroup of(int variant, int family) {
        return new CandidateGroup(new int[] {variant}, new int[] {family});
    }
}
