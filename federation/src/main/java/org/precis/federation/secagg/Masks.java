package org.precis.federation.secagg;

/**
 * The two kinds of mask of Bonawitz et al., as both the clients and the server derive them. A
 * pairwise mask between u and v is added by the smaller id and subtracted by the larger, so it
 * cancels in the sum; the self mask (from a seed only its owner knows until phase 3) protects a
 * client whose pairwise masks the server learns because it was wrongly reported as dropped.
 */
final class Masks {
    private Masks() {}

    static void applySelfMask(long[] words, String sessionId, String clientId, byte[] seed, MaskGenerator.Sign sign) {
        MaskGenerator.apply(words, Kdf.derive(seed, "precis-secagg self mask", sessionId, clientId), sign);
    }

    /** Applies the pairwise mask of {@code owner} with {@code other}, with the sign {@code owner} uses (the opposite when the server removes it). */
    static void applyPairwiseMask(
            long[] words, String sessionId, String owner, String other, byte[] sharedSecret, Direction direction) {
        boolean ownerFirst = owner.compareTo(other) < 0;
        byte[] key = Kdf.derive(
                sharedSecret,
                "precis-secagg pairwise mask",
                sessionId,
                ownerFirst ? owner : other,
                ownerFirst ? other : owner);
        boolean add = ownerFirst == (direction == Direction.APPLY);
        MaskGenerator.apply(words, key, add ? MaskGenerator.Sign.PLUS : MaskGenerator.Sign.MINUS);
    }

    /** Whether a mask is put on (by its client) or taken off (by the server). */
    enum Direction {
        APPLY,
        REMOVE
    }
}
