package org.precis.federation.secagg;

/**
 * Fixed-point encoding of doubles into the ring Z_2^128 in which masked vectors are summed: a
 * value {@code v} becomes the two's-complement integer {@code round(v * 2^fractionBits)}.
 *
 * <h2>Why Z_2^128 and 2^-60 by default</h2>
 *
 * <p><b>Resolution.</b> Newton steps of a federated Cox fit need the summed gradient and Hessian to
 * agree with the pooled ones to 1e-8 relative, for entries as small as 1e-6. Encoding rounds each
 * value to a multiple of 2^-fractionBits, an absolute error of at most 2^-(fractionBits+1) = 4.3e-19
 * per site with 60 fraction bits; summed over n sites at most n * 4.3e-19. For an entry of 1e-6
 * that is 4.3e-13 * n relative, five orders below 1e-8 even for 10 sites, and a sum that cancels
 * down to 1e-8 still agrees to 4.3e-11 * n. Values of 2^-7 and above are encoded exactly (a double
 * carries 53 significant bits; times 2^60 they are integers). The sum itself is exact: addition
 * mod 2^128 does not round, so masking adds no error at all.
 *
 * <p><b>Headroom.</b> The default refuses |v| > 2^56 (7.2e16, eight orders above the ~1e9 of Cox
 * Hessians on large cohorts), so an encoded value needs at most 56 + 60 = 116 bits plus sign. The
 * ring's signed range is ±2^127, so 2^(127-116) = 2048 sites can be summed before the sum could
 * wrap; {@link #maxSummands()} reports this and the server refuses more. A 64-bit ring could not
 * hold both: 1e9 at even 2^-40 resolution needs 70 bits.
 *
 * <p>Masks are uniform in the whole ring, so a masked vector reveals nothing whatever the
 * encoding; only the unmasked sum is decoded, each element rounded once to the nearest double.
 *
 * @param fractionBits bits after the binary point (0..100)
 * @param magnitudeBits values with |v| > 2^magnitudeBits are refused before masking
 */
public record FixedPoint(int fractionBits, int magnitudeBits) {
    /** 2^-60 resolution, values up to 2^56, up to 2048 summands. */
    public static final FixedPoint DEFAULT = new FixedPoint(60, 56);

    public FixedPoint {
        if (fractionBits < 0 || fractionBits > 100) {
            throw new IllegalArgumentException("fraction bits must be in 0..100, got " + fractionBits);
        }
        if (magnitudeBits < 1 || magnitudeBits + fractionBits > 120) {
            throw new IllegalArgumentException("magnitude bits must be >= 1 with magnitude + fraction bits <= 120, got "
                    + magnitudeBits + " + " + fractionBits);
        }
    }

    /** The largest |value| accepted. */
    public double maxAbsValue() {
        return Math.scalb(1.0, magnitudeBits);
    }

    /** How many encoded values may be summed without leaving the ring's signed range. */
    public int maxSummands() {
        int headroomBits = 127 - magnitudeBits - fractionBits;
        return headroomBits >= 31 ? Integer.MAX_VALUE : 1 << headroomBits;
    }

    /** Encodes a vector into ring words (element i at words[2i] low, words[2i+1] high). */
    public long[] encode(double[] values) {
        long[] words = new long[2 * values.length];
        double max = maxAbsValue();
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("value " + i + " is " + value + "; refused before masking");
            }
            if (Math.abs(value) > max) {
                throw new IllegalArgumentException(
                        "value " + i + " = " + value + " is outside ±2^" + magnitudeBits + "; refused before masking");
            }
            encodeInto(Math.scalb(value, fractionBits), words, 2 * i);
        }
        return words;
    }

    /** Decodes ring words into doubles (each rounded once to the nearest double). */
    public double[] decode(long[] words) {
        double[] values = new double[words.length / 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.scalb(toDouble(words[2 * i], words[2 * i + 1]), -fractionBits);
        }
        return values;
    }

    private static void encodeInto(double scaled, long[] words, int at) {
        double magnitude = Math.abs(scaled);
        long lo;
        long hi;
        if (magnitude < 0x1p62) {
            lo = (long) Math.rint(magnitude);
            hi = 0;
        } else {
            // Above 2^53 the double is an integer: mantissa shifted by (exponent - 52) bits, exactly.
            int shift = Math.getExponent(magnitude) - 52;
            long mantissa = (Double.doubleToRawLongBits(magnitude) & 0xFFFFFFFFFFFFFL) | 0x10000000000000L;
            if (shift < 64) {
                lo = mantissa << shift;
                hi = mantissa >>> (64 - shift);
            } else {
                lo = 0;
                hi = mantissa << (shift - 64);
            }
        }
        if (scaled < 0) {
            lo = -lo;
            hi = ~hi + (lo == 0 ? 1 : 0);
        }
        words[at] = lo;
        words[at + 1] = hi;
    }

    private static double toDouble(long lo, long hi) {
        if (hi < 0) {
            long negatedLo = -lo;
            long negatedHi = ~hi + (negatedLo == 0 ? 1 : 0);
            return -unsignedToDouble(negatedLo, negatedHi);
        }
        return unsignedToDouble(lo, hi);
    }

    private static double unsignedToDouble(long lo, long hi) {
        double low = lo >= 0 ? (double) lo : ((double) ((lo >>> 1) | (lo & 1))) * 2.0;
        return hi == 0 ? low : Math.scalb((double) hi, 64) + low;
    }
}
