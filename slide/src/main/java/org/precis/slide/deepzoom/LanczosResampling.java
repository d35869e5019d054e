package org.precis.slide.deepzoom;

import java.util.Arrays;
import org.precis.slide.RgbImage;

/**
 * Pillow's LANCZOS resize (Pillow 9, 8 bits a channel): a separable convolution with the
 * 3-lobe Lanczos window widened by the shrink factor, weights normalised then fixed to 22
 * fraction bits, a horizontal pass into 8-bit rows then a vertical pass, each rounded and
 * clipped as Pillow does, so that a tile shrunk here equals the tile OpenSlide's Deep Zoom
 * generator shrinks with PIL. The source box may end at a fraction of a pixel (after a
 * {@link BoxReduction}); Pillow carries it in single precision.
 */
final class LanczosResampling {

    private static final int PRECISION_BITS = 32 - 8 - 2;
    private static final double SUPPORT = 3.0;

    private LanczosResampling() {}

    /**
     * Resamples the box {@code (0, 0, boxWidth, boxHeight)} of {@code source} to
     * {@code width x height}.
     */
    static RgbImage resize(RgbImage source, int width, int height, float boxWidth, float boxHeight) {
        boolean horizontal = width != source.width() || boxWidth != width;
        boolean vertical = height != source.height() || boxHeight != height;
        Taps columns = Taps.of(source.width(), boxWidth, width);
        Taps rows = Taps.of(source.height(), boxHeight, height);
        byte[] pixels = source.rgb();
        int pixelsWidth = source.width();
        int firstRow = 0;
        if (horizontal) {
            firstRow = rows.start[0];
            int lastRow = rows.start[height - 1] + rows.count[height - 1];
            pixels = horizontalPass(pixels, pixelsWidth, firstRow, lastRow, columns, width);
            pixelsWidth = width;
        }
        if (vertical) {
            pixels = verticalPass(pixels, pixelsWidth, firstRow, rows, height);
        }
        if (!horizontal && !vertical) {
            pixels = pixels.clone();
        }
        return new RgbImage(width, height, pixels);
    }

    private static byte[] horizontalPass(byte[] in, int inWidth, int firstRow, int lastRow, Taps taps, int width) {
        byte[] out = new byte[3 * width * (lastRow - firstRow)];
        int half = 1 << (PRECISION_BITS - 1);
        for (int y = firstRow; y < lastRow; y++) {
            int row = 3 * y * inWidth;
            int o = 3 * (y - firstRow) * width;
            for (int x = 0; x < width; x++) {
                int red = half;
                int green = half;
                int blue = half;
                int base = x * taps.stride;
                int i = row + 3 * taps.start[x];
                for (int k = 0; k < taps.count[x]; k++, i += 3) {
                    int weight = taps.weights[base + k];
                    red += (in[i] & 0xff) * weight;
                    green += (in[i + 1] & 0xff) * weight;
                    blue += (in[i + 2] & 0xff) * weight;
                }
                out[o++] = clip(red);
                out[o++] = clip(green);
                out[o++] = clip(blue);
            }
        }
        return out;
    }

    private static byte[] verticalPass(byte[] in, int width, int firstRow, Taps taps, int height) {
        byte[] out = new byte[3 * width * height];
        int half = 1 << (PRECISION_BITS - 1);
        int stride = 3 * width;
        int[] sums = new int[stride];
        for (int y = 0; y < height; y++) {
            Arrays.fill(sums, half);
            int base = y * taps.stride;
            for (int k = 0; k < taps.count[y]; k++) {
                int weight = taps.weights[base + k];
                int row = (taps.start[y] - firstRow + k) * stride;
                for (int i = 0; i < stride; i++) {
                    sums[i] += (in[row + i] & 0xff) * weight;
                }
            }
            int o = y * stride;
            for (int i = 0; i < stride; i++) {
                out[o + i] = clip(sums[i]);
            }
        }
        return out;
    }

    private static byte clip(int value) {
        if (value >= (1 << PRECISION_BITS << 8)) {
            return (byte) 255;
        }
        if (value <= 0) {
            return 0;
        }
        return (byte) (value >> PRECISION_BITS);
    }

    private static double lanczos(double x) {
        if (-SUPPORT <= x && x < SUPPORT) {
            return sinc(x) * sinc(x / SUPPORT);
        }
        return 0.0;
    }

    private static double sinc(double x) {
        if (x == 0.0) {
            return 1.0;
        }
        double angle = x * Math.PI;
        return Math.sin(angle) / angle;
    }

    /** For each output pixel along one axis: the first source pixel and its fixed-point weights. */
    private static final class Taps {
        final int[] start;
        final int[] count;
        final int[] weights;
        final int stride;

        private Taps(int[] start, int[] count, int[] weights, int stride) {
            this.start = start;
            this.count = count;
            this.weights = weights;
            this.stride = stride;
        }

        static Taps of(int inSize, float boxEnd, int outSize) {
            double scale = (double) (boxEnd - 0f) / outSize;
            double filterScale = Math.max(scale, 1.0);
            double support = SUPPORT * filterScale;
            int stride = (int) Math.ceil(support) * 2 + 1;
            int[] start = new int[outSize];
            int[] count = new int[outSize];
            int[] weights = new int[outSize * stride];
            double[] k = new double[stride];
            double inverse = 1.0 / filterScale;
            for (int xx = 0; xx < outSize; xx++) {
                double centre = (xx + 0.5) * scale;
                int min = Math.max((int) (centre - support + 0.5), 0);
                int max = Math.min((int) (centre + support + 0.5), inSize) - min;
                double total = 0.0;
                for (int x = 0; x < max; x++) {
                    double w = lanczos((x + min - centre + 0.5) * inverse);
                    k[x] = w;
                    total += w;
                }
                for (int x = 0; x < max; x++) {
                    double w = total != 0.0 ? k[x] / total : k[x];
                    weights[xx * stride + x] =
                            w < 0 ? (int) (-0.5 + w * (1 << PRECISION_BITS)) : (int) (0.5 + w * (1 << PRECISION_BITS));
                }
                start[xx] = min;
                count[xx] = max;
            }
            return new Taps(start, count, weights, stride);
        }
    }
}
