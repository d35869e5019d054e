package org.precis.cells.nuclei.classical;

/**
 * Minimum or maximum over a window of {@code 2r + 1} pixels along the rows or the columns of a
 * plane, in linear time by van Herk and Gil–Werman's running extrema over blocks of the window's
 * length. Windows are cut at the image edge.
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
        return along(along(plane, width, height, true), width, height, false);
    }

    double[] along(double[] in, int width, int height, boolean alongX) {
        if (!alongX) {
            return alongColumns(in, width, height);
        }
        int lines = alongX ? height : width;
        int length = alongX ? width : height;
        int step = alongX ? 1 : width;
        double[] out = new double[in.length];
        double[] line = new double[length];
        double[] prefix = new double[length];
        double[] suffix = new double[length];
        int block = 2 * radius + 1;
        for (int l = 0; l < lines; l++) {
            int start = alongX ? l * width : l;
            for (int i = 0; i < length; i++) {
                line[i] = in[start + i * step];
            }
            for (int blockStart = 0; blockStart < length; blockStart += block) {
                int blockEnd = Math.min(length, blockStart + block) - 1;
                prefix[blockStart] = line[blockStart];
                for (int i = blockStart + 1; i <= blockEnd; i++) {
                    prefix[i] = pick(prefix[i - 1], line[i]);
                }
                suffix[blockEnd] = line[blockEnd];
                for (int i = blockEnd - 1; i >= blockStart; i--) {
                    suffix[i] = pick(suffix[i + 1], line[i]);
                }
            }
            for (int i = 0; i < length; i++) {
                int from = Math.max(0, i - radius);
                int to = Math.min(length - 1, i + radius);
                double value;
                if (from / block != to / block) {
                    // the window spans the end of one block and the start of the next
                    value = pick(suffix[from], prefix[to]);
                } else if (from % block == 0) {
                    // one block, from its start (a window cut at the image's start, or a whole block)
                    value = prefix[to];
                } else {
                    // one block, to its end (a window cut at the image's end)
                    value = suffix[from];
                }
                out[start + i * step] = value;
            }
        }
        return out;
    }

    /** The same along columns, whole rows at a time so that memory is read in order. */
    private double[] alongColumns(double[] in, int width, int height) {
        double[] prefix = new double[in.length];
        double[] suffix = new double[in.length];
        int block = 2 * radius + 1;
        for (int blockStart = 0; blockStart < height; blockStart += block) {
            int blockEnd = Math.min(height, blockStart + block) - 1;
            System.arraycopy(in, blockStart * width, prefix, blockStart * width, width);
            for (int y = blockStart + 1; y <= blockEnd; y++) {
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    prefix[row + x] = pick(prefix[row - width + x], in[row + x]);
                }
            }
            System.arraycopy(in, blockEnd * width, suffix, blockEnd * width, width);
            for (int y = blockEnd - 1; y >= blockStart; y--) {
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    suffix[row + x] = pick(suffix[row + width + x], in[row + x]);
                }
            }
        }
        double[] out = new double[in.length];
        for (int y = 0; y < height; y++) {
            int from = Math.max(0, y - radius);
            int to = Math.min(height - 1, y + radius);
            int row = y * width;
            if (from / block != to / block) {
                for (int x = 0; x < width; x++) {
                    out[row + x] = pick(suffix[from * width + x], prefix[to * width + x]);
                }
            } else if (from % block == 0) {
                System.arraycopy(prefix, to * width, out, row, width);
            } else {
                System.arraycopy(suffix, from * width, out, row, width);
            }
        }
        return out;
    }

    private double pick(double a, double b) {
        return minimum ? Math.min(a, b) : Math.max(a, b);
    }
}
