package org.precis.cells.nuclei.classical;

/**
 * Minimum or maximum over a window of {@code 2r + 1} pixels along the columns of a plane, in
 * linear time by van Herk and Gil–Werman's running extrema over blocks of the window's length,
 * whole rows at a time (memory read in order, each row's pixels independent, so the loops are
 * vectorised); along rows by the same pass on the transposed plane. Windows are cut at the image
 * edge.
 */
final class RunningExtremum {

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
     * Along each column. Block b's running extrema from its start (prefix) and from its end
     * (suffix) are kept for two blocks at a time: a window of {@code 2r + 1} rows spans at most two
     * consecutive blocks, the suffix of the first from the window's start and the prefix of the
     * second to its end.
     */
    double[] alongColumns(double[] in, int width, int height) {
        int block = 2 * radius + 1;
        int blockRows = Math.min(block, height);
        double[][] prefix = {new double[blockRows * width], new double[blockRows * width]};
        double[][] suffix = {new double[blockRows * width], new double[blockRows * width]};
        double[] out = new double[in.length];
        int computed = 0;
        for (int y = 0; y < height; y++) {
            int from = Math.max(0, y - radius);
            int to = Math.min(height - 1, y + radius);
            int fromBlock = from / block;
            int toBlock = to / block;
            while (computed <= toBlock) {
                extrema(in, width, height, computed, prefix[computed % 2], suffix[computed % 2]);
                computed++;
            }
            int row = y * width;
            int fromRow = (from - fromBlock * block) * width;
            int toRow = (to - toBlock * block) * width;
            if (fromBlock != toBlock) {
                pick(suffix[fromBlock % 2], fromRow, prefix[toBlock % 2], toRow, out, row, width);
            } else if (from % block == 0) {
                System.arraycopy(prefix[toBlock % 2], toRow, out, row, width);
            } else {
                System.arraycopy(suffix[fromBlock % 2], fromRow, out, row, width);
            }
        }
        return out;
    }

    /** The prefix and suffix extrema of block {@code b}'s rows, rows counted from the block's start. */
    private void extrema(double[] in, int width, int height, int b, double[] prefix, double[] suffix) {
        int block = 2 * radius + 1;
        int start = b * block;
        int rows = Math.min(height, start + block) - start;
        System.arraycopy(in, start * width, prefix, 0, width);
        for (int r = 1; r < rows; r++) {
            pick(prefix, (r - 1) * width, in, (start + r) * width, prefix, r * width, width);
        }
        System.arraycopy(in, (start + rows - 1) * width, suffix, (rows - 1) * width, width);
        for (int r = rows - 2; r >= 0; r--) {
            pick(suffix, (r + 1) * width, in, (start + r) * width, suffix, r * width, width);
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
