package org.precis.cells.nuclei.classical;

/**
 * Minimum or maximum over a window of {@code 2r + 1} pixels along the columns of a plane, in
 * linear time by van Herk and Gil–Werman's running extrema over blocks of the window's length,
 * whole rows at a time (memory read in order, each row's pixels independent, so the loops are
 * vectorised); along rows by the same pass on the transposed plane. Windows are cut at the image
 * edge.
 */
final class RunningExtremum {

    /** Columns taken at a time along columns (two blocks of prefix and suffix rows fit in cache). */
    private static final int STRIP = 256;

    private final int radius;
    private final boolean minimum;

    RunningExtremum(int radius, boolean minimum) {
        if (radius < 0) {
            throw new IllegalArgumentException("radius must not be negative: " + radius);
        }
        this.radius = radius;
        this.minimum = minimum;
    }

    /** Along both axes: over a square of side {@code 2r + 1}. */
    double[] square(double[] plane, int width, int height) {
        double[] transposed = transpose(alongColumns(plane, width, height), width, height);
        return transpose(alongColumns(transposed, height, width), height, width);
    }

    /**
     * Along each row, in place: {@code plane}'s row {@code y} becomes the extrema over windows of
     * {@code 2r + 1} pixels along it. By doubling, not block by block, so that every pass reads and
     * writes whole rows in order (vectorised, no transpose): the row, padded at both ends with
     * values that never win, gives the extrema over spans of 2, 4, 8... pixels, each pass from the
     * one before; a window is the extremum of two overlapping spans. Each pass reads the row before
     * it and a shifted copy of it at the same index (the JIT does not vectorise a loop that reads
     * one array at two nearby offsets). {@code work} holds three rows of at least {@code width + 2r}
     * values.
     */
    void alongRow(double[] plane, int y, int width, double[][] work) {
        int window = 2 * radius + 1;
        int length = width + 2 * radius;
        double never = minimum ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        double[] current = work[0];
        double[] next = work[1];
        double[] shifted = work[2];
        java.util.Arrays.fill(current, 0, radius, never);
        System.arraycopy(plane, y * width, current, radius, width);
        java.util.Arrays.fill(current, radius + width, length, never);
        int span = 1;
        while (2 * span <= window) {
            // next[i] covers [i, i + 2 span) of the padded row
            System.arraycopy(current, span, shifted, 0, length - span);
            pick(current, 0, shifted, 0, next, 0, length - span);
            length -= span;
            span *= 2;
            double[] swap = current;
            current = next;
            next = swap;
        }
        System.arraycopy(current, window - span, shifted, 0, width);
        pick(current, 0, shifted, 0, plane, y * width, width);
    }

    /**
     * Along each column. Block b's running extrema from its start (prefix) and from its end
     * (suffix) are kept for two blocks at a time: a window of {@code 2r + 1} rows spans at most two
     * consecutive blocks, the suffix of the first from the window's start and the prefix of the
     * second to its end. The columns are taken in strips of {@link #STRIP} at a time, so that the
     * blocks stay in the core's cache.
     */
    double[] alongColumns(double[] in, int width, int height) {
        double[] out = new double[in.length];
        alongColumns(in, out, width, height);
        return out;
    }

    /**
     * {@link #alongColumns(double[], int, int)} into {@code out}, which may be {@code in} itself: a
     * block's prefix and suffix are taken before any of its rows is written (row y is written once
     * the block holding row y + r is taken, and y + r is past the rows written before it).
     */
    void alongColumns(double[] in, double[] out, int width, int height) {
        int block = 2 * radius + 1;
        int blockRows = Math.min(block, height);
        int stripWidth = Math.min(STRIP, width);
        double[][] prefix = {new double[blockRows * stripWidth], new double[blockRows * stripWidth]};
        double[][] suffix = {new double[blockRows * stripWidth], new double[blockRows * stripWidth]};
        for (int x0 = 0; x0 < width; x0 += STRIP) {
            strip(in, out, width, height, x0, Math.min(STRIP, width - x0), prefix, suffix);
        }
    }

    /** {@link #alongColumns} for columns [x0, x0 + n). */
    private void strip(
            double[] in, double[] out, int width, int height, int x0, int n, double[][] prefix, double[][] suffix) {
        int block = 2 * radius + 1;
        int computed = 0;
        for (int y = 0; y < height; y++) {
            int from = Math.max(0, y - radius);
            int to = Math.min(height - 1, y + radius);
            int fromBlock = from / block;
            int toBlock = to / block;
            while (computed <= toBlock) {
                extrema(in, width, height, x0, n, computed, prefix[computed % 2], suffix[computed % 2]);
                computed++;
            }
            int row = y * width + x0;
            int fromRow = (from - fromBlock * block) * n;
            int toRow = (to - toBlock * block) * n;
            if (fromBlock != toBlock) {
                pick(suffix[fromBlock % 2], fromRow, prefix[toBlock % 2], toRow, out, row, n);
            } else if (from % block == 0) {
                System.arraycopy(prefix[toBlock % 2], toRow, out, row, n);
            } else {
                System.arraycopy(suffix[fromBlock % 2], fromRow, out, row, n);
            }
        }
    }

    /**
     * The prefix and suffix extrema of block {@code b}'s rows over columns [x0, x0 + n), rows
     * counted from the block's start, {@code n} values a row.
     */
    private void extrema(double[] in, int width, int height, int x0, int n, int b, double[] prefix, double[] suffix) {
        int block = 2 * radius + 1;
        int start = b * block;
        int rows = Math.min(height, start + block) - start;
        System.arraycopy(in, start * width + x0, prefix, 0, n);
        for (int r = 1; r < rows; r++) {
            pick(prefix, (r - 1) * n, in, (start + r) * width + x0, prefix, r * n, n);
        }
        System.arraycopy(in, (start + rows - 1) * width + x0, suffix, (rows - 1) * n, n);
        for (int r = rows - 2; r >= 0; r--) {
            pick(suffix, (r + 1) * n, in, (start + r) * width + x0, suffix, r * n, n);
        }
    }

    /**
     * {@code out[o + i]} = the smaller (minimum) or larger of {@code a[ai + i]} and {@code b[bi + i]}
     * for i in [0, n) ({@code Math.min} and {@code Math.max}, which the JIT vectorises; planes
     * hold no NaN).
     */
    private void pick(double[] a, int ai, double[] b, int bi, double[] out, int o, int n) {
        if (minimum) {
            for (int i = 0; i < n; i++) {
                out[o + i] = Math.min(a[ai + i], b[bi + i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[o + i] = Math.max(a[ai + i], b[bi + i]);
            }
        }
    }

    /** The {@code height} x {@code width} transpose of a {@code width} x {@code height} plane, in cache-sized squares. */
    static double[] transpose(double[] in, int width, int height) {
        final int side = 32;
        double[] out = new double[in.length];
        for (int y0 = 0; y0 < height; y0 += side) {
            int y1 = Math.min(height, y0 + side);
            for (int x0 = 0; x0 < width; x0 += side) {
                int x1 = Math.min(width, x0 + side);
                for (int y = y0; y < y1; y++) {
                    int row = y * width;
                    for (int x = x0; x < x1; x++) {
                        out[x * height + y] = in[row + x];
                    }
                }
            }
        }
        return out;
    }
}
