package org.precis.survival.cox;

import java.util.Arrays;

/**
 * Orders rows by a key without boxing, by a stable least-significant-digit radix sort on the
 * keys' bits (mapped so that unsigned order is numeric order): eight passes over the rows, cheap
 * enough to run for every sweep of every fit. Rows with equal keys keep their given order, so
 * every sweep that uses it visits ties the same way each time.
 */
final class RowOrder {
    private static final int PASSES = 8;
    private static final int BUCKETS = 256;

    private RowOrder() {}

    /** The rows by rising key. */
    static int[] ascending(double[] key, int[] rows) {
        int m = rows.length;
        long[] bits = new long[m];
        int[] order = rows.clone();
        for (int i = 0; i < m; i++) {
            bits[i] = sortable(key[rows[i]]);
        }
        long[] bitsOut = new long[m];
        int[] orderOut = new int[m];
        int[] count = new int[BUCKETS + 1];
        for (int pass = 0; pass < PASSES; pass++) {
            int shift = 8 * pass;
            Arrays.fill(count, 0);
            for (int i = 0; i < m; i++) {
                count[(int) ((bits[i] >>> shift) & 0xff) + 1]++;
            }
            if (m == 0 || count[(int) ((bits[0] >>> shift) & 0xff) + 1] == m) {
                continue; // every key has the same digit here: the pass would change nothing
            }
            for (int b = 0; b < BUCKETS; b++) {
                count[b + 1] += count[b];
            }
            for (int i = 0; i < m; i++) {
                int bucket = (int) ((bits[i] >>> shift) & 0xff);
                int to = count[bucket]++;
                bitsOut[to] = bits[i];
                orderOut[to] = order[i];
            }
            long[] swapBits = bits;
            bits = bitsOut;
            bitsOut = swapBits;
            int[] swapOrder = order;
            order = orderOut;
            orderOut = swapOrder;
        }
        return order;
    }

    /** All rows 0 to n-1, in order. */
    static int[] all(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /** The rows by falling key; equal keys keep their given order. */
    static int[] descending(double[] key, int[] rows) {
        double[] negated = new double[key.length];
        for (int i = 0; i < key.length; i++) {
            negated[i] = -key[i];
        }
        return ascending(negated, rows);
    }

    /**
     * The key's bits as an unsigned number that sorts as the double does: flip every bit of a
     * negative number, only the sign bit of a positive one. -0.0 and 0.0 are made one key.
     */
    private static long sortable(double value) {
        long bits = Double.doubleToLongBits(value == 0 ? 0.0 : value);
        return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    }
}
