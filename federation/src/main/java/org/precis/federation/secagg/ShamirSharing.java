package org.precis.federation.secagg;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shamir's (t, n) secret sharing over the prime field of the Mersenne prime 2^521 - 1, wide enough
 * for a 256-bit secret (an X25519 scalar or a self-mask seed). Share i is the random polynomial of
 * degree t - 1 with the secret as constant term, evaluated at x = i (1-based); any t shares give
 * the secret back by Lagrange interpolation at 0, fewer reveal nothing about it.
 */
final class ShamirSharing {
    static final BigInteger PRIME = BigInteger.ONE.shiftLeft(521).subtract(BigInteger.ONE);
    /** Bytes of a share value: 521 bits. */
    static final int SHARE_BYTES = 66;

    /** One share: the polynomial at {@code x}. */
    record Share(int x, BigInteger y) {
        Share {
            if (x < 1) {
                throw new IllegalArgumentException("share x must be >= 1, got " + x);
            }
            if (y.signum() < 0 || y.compareTo(PRIME) >= 0) {
                throw new SecAggException("share value outside the field");
            }
        }
    }

    private ShamirSharing() {}

    /** A field element as {@link #SHARE_BYTES} big-endian bytes. */
    static byte[] toBytes(BigInteger value) {
        return fixedWidth(value, SHARE_BYTES);
    }

    static byte[] fixedWidth(BigInteger value, int bytes) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[bytes];
        int copy = Math.min(raw.length, bytes);
        System.arraycopy(raw, raw.length - copy, out, bytes - copy, copy);
        return out;
    }

    /** Shares {@code secret} (big-endian unsigned bytes) among x = 1..n with threshold t. */
    static BigInteger[] split(byte[] secret, int threshold, int n, SecureRandom random) {
        if (threshold < 1 || threshold > n) {
            throw new IllegalArgumentException("threshold " + threshold + " must be in 1.." + n);
        }
        BigInteger[] coefficients = new BigInteger[threshold];
        coefficients[0] = new BigInteger(1, secret);
        for (int i = 1; i < threshold; i++) {
            coefficients[i] = new BigInteger(PRIME.bitLength() + 64, random).mod(PRIME);
        }
        BigInteger[] shares = new BigInteger[n];
        for (int x = 1; x <= n; x++) {
            BigInteger value = BigInteger.ZERO;
            BigInteger point = BigInteger.valueOf(x);
            for (int i = threshold - 1; i >= 0; i--) {
                value = value.multiply(point).add(coefficients[i]).mod(PRIME);
            }
            shares[x - 1] = value;
        }
        return shares;
    }

    /** The secret from at least {@code threshold} shares with distinct x, as {@code bytes} big-endian bytes. */
    static byte[] combine(List<Share> shares, int threshold, int bytes) {
        if (shares.size() < threshold) {
            throw new SecAggException("need " + threshold + " shares to reconstruct, got " + shares.size());
        }
        List<Share> used = shares.subList(0, threshold);
        Set<Integer> xs = new HashSet<>();
        for (Share share : used) {
            if (!xs.add(share.x())) {
                throw new SecAggException("two shares at the same point x = " + share.x());
            }
        }
        BigInteger secret = BigInteger.ZERO;
        for (Share i : used) {
            BigInteger numerator = BigInteger.ONE;
            BigInteger denominator = BigInteger.ONE;
            for (Share j : used) {
                if (j != i) {
                    numerator = numerator.multiply(BigInteger.valueOf(j.x())).mod(PRIME);
                    denominator = denominator
                            .multiply(BigInteger.valueOf(j.x() - i.x()))
                            .mod(PRIME);
                }
            }
            BigInteger lagrange =
                    numerator.multiply(denominator.modInverse(PRIME)).mod(PRIME);
            secret = secret.add(i.y().multiply(lagrange)).mod(PRIME);
        }
        if (secret.bitLength() > 8 * bytes) {
            throw new SecAggException("reconstructed secret is longer than " + bytes + " bytes: inconsistent shares");
        }
        return fixedWidth(secret, bytes);
    }
}
