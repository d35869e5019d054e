package org.precis.federation.secagg;

/**
 * Element-wise arithmetic on vectors of Z_2^128, each element two longs (low word first) in one
 * array: carries are propagated by hand, so a million-element sum is a tight loop over longs.
 */
final class Ring128 {
    private Ring128() {}

    /** {@code target += source} element-wise, mod 2^128. */
    static void add(long[] target, long[] source) {
        addRange(target, source, 0, 0, target.length / 2);
    }

    /** Adds {@code count} elements of {@code source} (from element {@code from}) to {@code target} from element {@code at}. */
    static void addRange(long[] target, long[] source, int at, int from, int count) {
        int t = 2 * at;
        int s = 2 * from;
        for (int i = 0; i < count; i++, t += 2, s += 2) {
            long a = target[t];
            long b = source[s];
            long lo = a + b;
            target[t] = lo;
            target[t + 1] += source[s + 1] + carry(a, b, lo);
        }
    }

    static void subtractRange(long[] target, long[] source, int at, int from, int count) {
        int t = 2 * at;
        int s = 2 * from;
        for (int i = 0; i < count; i++, t += 2, s += 2) {
            long a = target[t];
            long b = source[s];
            long lo = a - b;
            target[t] = lo;
            target[t + 1] -= source[s + 1] + borrow(a, b, lo);
        }
    }

    /*
     * Carry and borrow as bit formulas rather than comparisons: with random masks a branch on the
     * carry is mispredicted half the time, which made the masking loop several times slower.
     */
    static long carry(long a, long b, long sum) {
        return ((a & b) | ((a | b) & ~sum)) >>> 63;
    }

    static long borrow(long a, long b, long difference) {
        return ((~a & b) | (~(a ^ b) & difference)) >>> 63;
    }
}
