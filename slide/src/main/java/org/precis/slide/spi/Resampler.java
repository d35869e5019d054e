package org.precis.slide.spi;

import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/**
 * Resamples a level to an output grid that need not line up with it: area averaging when
 * shrinking (every source pixel counts by the part of it an output pixel covers, so there is no
 * aliasing), bilinear when enlarging. Works in horizontal bands so that memory stays bounded
 * however large the source is.
 */
final class Resampler {

    /** Reads a rectangle of the source level (pixels outside it read as white). */
    @FunctionalInterface
    interface Source {
        RgbImage read(long x, long y, int width, int height) throws SlideException;
    }

    /** Most source pixels held at once. */
    private static final long BAND_PIXELS = 1L << 24;

    private final Taps horizontal;
    private final Taps vertical;
    private final int width;
    private final int height;

    /**
     * @param originX source x (level pixels, fractional) of the output's left edge
     * @param scaleX  source pixels per output pixel along x
     */
    Resampler(double originX, double originY, double scaleX, double scaleY, int width, int height) {
        this.horizontal = Taps.of(originX, scaleX, width);
        this.vertical = Taps.of(originY, scaleY, height);
        this.width = width;
        this.height = height;
    }

    RgbImage resample(Source source) throws SlideException {
        byte[] out = new byte[3 * width * height];
        long sourceX = horizontal.first(0, width);
        int sourceWidth = (int) (horizontal.last(0, width) - sourceX + 1);
        int start = 0;
        while (start < height) {
            int end = start + 1;
            while (end < height
                    && (vertical.last(start, end + 1) - vertical.first(start, end + 1) + 1) * sourceWidth
                            <= BAND_PIXELS) {
                end++;
            }
            long sourceY = vertical.first(start, end);
            int sourceHeight = (int) (vertical.last(start, end) - sourceY + 1);
            RgbImage band = source.read(sourceX, sourceY, sourceWidth, sourceHeight);
            float[] rows = horizontalPass(band, sourceX);
            verticalPass(rows, sourceY, start, end, out);
            start = end;
        }
        return new RgbImage(width, height, out);
    }

    private float[] horizontalPass(RgbImage band, long sourceX) {
        byte[] pixels = band.rgb();
        int rowsIn = band.height();
        float[] rows = new float[3 * width * rowsIn];
        for (int r = 0; r < rowsIn; r++) {
            int rowBase = 3 * r * band.width();
            for (int x = 0; x < width; x++) {
                float red = 0;
                float green = 0;
                float blue = 0;
                int first = (int) (horizontal.start[x] - sourceX);
                for (int k = 0; k < horizontal.count[x]; k++) {
                    float weight = horizontal.weights[x * horizontal.stride + k];
                    int i = rowBase + 3 * (first + k);
                    red += weight * (pixels[i] & 0xff);
                    green += weight * (pixels[i + 1] & 0xff);
                    blue += weight * (pixels[i + 2] & 0xff);
                }
                int o = 3 * (r * width + x);
                rows[o] = red;
                rows[o + 1] = green;
                rows[o + 2] = blue;
            }
        }
        return rows;
    }

    private void verticalPass(float[] rows, long sourceY, int start, int end, byte[] out) {
        for (int y = start; y < end; y++) {
            int first = (int) (vertical.start[y] - sourceY);
            for (int x = 0; x < width; x++) {
                float red = 0;
                float green = 0;
                float blue = 0;
                for (int k = 0; k < vertical.count[y]; k++) {
                    float weight = vertical.weights[y * vertical.stride + k];
                    int i = 3 * ((first + k) * width + x);
                    red += weight * rows[i];
                    green += weight * rows[i + 1];
                    blue += weight * rows[i + 2];
                }
                int o = 3 * (y * width + x);
                out[o] = toByte(red);
                out[o + 1] = toByte(green);
                out[o + 2] = toByte(blue);
            }
        }
    }

    private static byte toByte(float value) {
        int rounded = Math.round(value);
        return (byte) (rounded < 0 ? 0 : Math.min(rounded, 255));
    }

    /** For each output pixel along one axis: the first source pixel and the weights from there on. */
    static final class Taps {
        final long[] start;
        final int[] count;
        final float[] weights;
        final int stride;

        private Taps(long[] start, int[] count, float[] weights, int stride) {
            this.start = start;
            this.count = count;
            this.weights = weights;
            this.stride = stride;
        }

        static Taps of(double origin, double scale, int size) {
            long[] start = new long[size];
            int[] count = new int[size];
            int stride = scale >= 1 ? (int) Math.ceil(scale) + 1 : 2;
            float[] weights = new float[size * stride];
            for (int i = 0; i < size; i++) {
                if (scale >= 1) {
                    double from = origin + i * scale;
                    double to = from + scale;
                    long first = (long) Math.floor(from);
                    long last = (long) Math.ceil(to) - 1;
                    start[i] = first;
                    count[i] = (int) (last - first + 1);
                    for (long j = first; j <= last; j++) {
                        double overlap = Math.min(j + 1, to) - Math.max(j, from);
                        weights[i * stride + (int) (j - first)] = (float) (overlap / scale);
                    }
                } else {
                    double centre = origin + (i + 0.5) * scale - 0.5;
                    long first = (long) Math.floor(centre);
                    float fraction = (float) (centre - first);
                    start[i] = first;
                    count[i] = 2;
                    weights[i * stride] = 1 - fraction;
                    weights[i * stride + 1] = fraction;
                }
            }
            return new Taps(start, count, weights, stride);
        }

        /**
         * Lowest source index used by outputs {@code from} (inclusive) to {@code to} (exclusive);
         * taps move monotonically, so the first output's first tap is the lowest.
         */
        long first(int from, int to) {
            return start[from];
        }

        /** Highest source index used by outputs {@code from} to {@code to} (exclusive). */
        long last(int from, int to) {
            return start[to - 1] + count[to - 1] - 1;
        }
    }
}
