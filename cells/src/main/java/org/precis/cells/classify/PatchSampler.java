package org.precis.cells.classify;

import org.precis.slide.RgbImage;

/**
 * Cuts a square patch centred on a point and resamples it to a stated pixel size: each output
 * pixel is a triangle-weighted average of the source pixels under it (the triangle widens with
 * the reduction factor, so shrinking averages rather than aliases; enlarging interpolates
 * bilinearly). Source pixels beyond the image edge are read mirrored, so that a nucleus at the
 * border still gets a whole patch.
 */
final class PatchSampler {

    private final int size;
    private final double mpp;

    /**
     * @param size the patch side in output pixels
     * @param mpp the patch's pixel size in µm
     */
    PatchSampler(int size, double mpp) {
        if (size < 1 || size > 4096) {
            throw new IllegalArgumentException("patch size must be 1..4096 px: " + size);
        }
        if (!(mpp > 0) || !Double.isFinite(mpp)) {
            throw new IllegalArgumentException("patch pixel size must be positive: " + mpp);
        }
        this.size = size;
        this.mpp = mpp;
    }

    int size() {
        return size;
    }

    double mpp() {
        return mpp;
    }

    /** The field of view in µm. */
    double fieldUm() {
        return size * mpp;
    }

    /**
     * The patch centred on ({@code centreX}, {@code centreY}), in the image's continuous pixel
     * coordinates (pixel (i, j) spans [i, i+1) x [j, j+1)); {@code imageMpp} is the image's pixel
     * size in µm.
     */
    RgbImage sample(RgbImage image, double imageMpp, double centreX, double centreY) {
        double scale = mpp / imageMpp;
        double left = centreX - size * scale / 2;
        double top = centreY - size * scale / 2;
        Taps columns = Taps.of(left, scale, size, image.width());
        Taps rows = Taps.of(top, scale, size, image.height());
        byte[] src = image.rgb();
        int width = image.width();
        byte[] out = new byte[3 * size * size];
        double[] line = new double[3 * size];
        for (int oy = 0; oy < size; oy++) {
            java.util.Arrays.fill(line, 0);
            int[] rowIndex = rows.index[oy];
            double[] rowWeight = rows.weight[oy];
            for (int r = 0; r < rowIndex.length; r++) {
                int base = 3 * rowIndex[r] * width;
                double wy = rowWeight[r];
                for (int ox = 0; ox < size; ox++) {
                    int[] colIndex = columns.index[ox];
                    double[] colWeight = columns.weight[ox];
                    double red = 0;
                    double green = 0;
                    double blue = 0;
                    for (int c = 0; c < colIndex.length; c++) {
                        int i = base + 3 * colIndex[c];
                        double w = colWeight[c];
                        red += w * (src[i] & 0xff);
                        green += w * (src[i + 1] & 0xff);
                        blue += w * (src[i + 2] & 0xff);
                    }
                    line[3 * ox] += wy * red;
                    line[3 * ox + 1] += wy * green;
                    line[3 * ox + 2] += wy * blue;
                }
            }
            for (int i = 0; i < line.length; i++) {
                out[3 * oy * size + i] = (byte) Math.max(0, Math.min(255, Math.round(line[i])));
            }
        }
        return new RgbImage(size, size, out);
    }

    /** Source pixel indices and normalised weights of each output pixel along one axis. */
    private record Taps(int[][] index, double[][] weight) {

        static Taps of(double origin, double scale, int count, int sourceSize) {
            double support = Math.max(1, scale);
            int[][] index = new int[count][];
            double[][] weight = new double[count][];
            for (int o = 0; o < count; o++) {
                double centre = origin + (o + 0.5) * scale;
                int first = (int) Math.floor(centre - support);
                int last = (int) Math.ceil(centre + support);
                int n = last - first + 1;
                int[] idx = new int[n];
                double[] w = new double[n];
                double total = 0;
                for (int k = 0; k < n; k++) {
                    int i = first + k;
                    w[k] = Math.max(0, 1 - Math.abs((i + 0.5 - centre) / support));
                    idx[k] = mirror(i, sourceSize);
                    total += w[k];
                }
                for (int k = 0; k < n; k++) {
                    w[k] /= total;
                }
                index[o] = idx;
                weight[o] = w;
            }
            return new Taps(index, weight);
        }

        /** Reflects an index into 0..size-1 (edge pixel repeated: ... 1 0 | 0 1 ...). */
        static int mirror(int i, int size) {
            int period = 2 * size;
            int m = Math.floorMod(i, period);
            return m < size ? m : period - 1 - m;
        }
    }
}
