package org.precis.slide.deepzoom;

import org.precis.slide.RgbImage;

/**
 * Paints a region that starts between a level's pixels as OpenSlide 3.4 with openslide-python
 * returns it, so that a Deep Zoom tile read from such a level equals OpenSlide's. OpenSlide
 * translates each of the level's tiles by the fraction with Cairo, whose pixman does it in
 * single-precision floating point: bilinear weights from the 16-bit fixed-point fraction,
 * channels as {@code c * (1f / 255)}, stored back as {@code u = (int) (f * 256); u -= u >> 8}.
 * It paints the file's tiles last row first, right to left, each onto the region with the
 * SATURATE operator, a tile's pixels outside it transparent: where a pixel's four neighbours
 * lie in two or four tiles (or partly outside the level) it is the sum of partial, stored
 * paints. openslide-python then un-premultiplies ({@code 255 c / a}, truncated) and the Deep Zoom
 * generator lays the result on white with PIL's rounding; only where the alpha is below 255.
 *
 * @param fractionX the fraction of a level pixel to the right the region starts, in 1/65536
 * @param fractionY the same downwards
 */
record SubpixelShift(int fractionX, int fractionY) {

    private static final float ONE_255TH = 1f / 255f;

    SubpixelShift {
        if (fractionX < 0 || fractionX > 0xffff || fractionY < 0 || fractionY > 0xffff) {
            throw new IllegalArgumentException("fractions are 0..65535: " + fractionX + ", " + fractionY);
        }
    }

    /** A level position in 16.16 fixed point, rounded as Cairo converts its matrix for pixman. */
    static long fixed(double position) {
        return (long) Math.rint(position * 65536.0);
    }

    boolean isNone() {
        return fractionX == 0 && fractionY == 0;
    }

    /**
     * The {@code width x height} region whose top-left corner lies {@code fraction} past level
     * pixel {@code (originX, originY)}.
     *
     * @param source     level pixels from {@code (originX, originY)}, one wider and taller than
     *                   the region (pixels outside the level may be anything: they are unused)
     * @param levelWidth the level's size, and the size of its tiles, in its pixels
     */
    RgbImage apply(
            RgbImage source,
            long originX,
            long originY,
            long levelWidth,
            long levelHeight,
            int tileWidth,
            int tileHeight,
            int width,
            int height) {
        if (source.width() != width + 1 || source.height() != height + 1) {
            throw new IllegalArgumentException("a shifted region of " + width + "x" + height + " needs "
                    + (width + 1) + "x" + (height + 1) + " level pixels, not " + source.width() + "x"
                    + source.height());
        }
        float dx = fractionX / 65536f;
        float dy = fractionY / 65536f;
        float[] weights = {(1f - dx) * (1f - dy), dx * (1f - dy), (1f - dx) * dy, dx * dy};
        byte[] in = source.rgb();
        byte[] out = new byte[3 * width * height];
        int stride = 3 * source.width();
        Corner corner = new Corner();
        for (int y = 0; y < height; y++) {
            long levelY = originY + y;
            boolean rowInside = levelY + 1 < levelHeight && (levelY + 1) % tileHeight != 0;
            for (int x = 0; x < width; x++) {
                long levelX = originX + x;
                int i = y * stride + 3 * x;
                int o = 3 * (y * width + x);
                if (rowInside && levelX + 1 < levelWidth && (levelX + 1) % tileWidth != 0) {
                    for (int c = 0; c < 3; c++) {
                        out[o + c] = (byte) interior(in, i + c, stride, weights);
                    }
                } else {
                    corner.paint(
                            in, i, stride, weights, levelX, levelY, levelWidth, levelHeight, tileWidth, tileHeight);
                    corner.store(out, o);
                }
            }
        }
        return new RgbImage(width, height, out);
    }

    /** A pixel whose four neighbours lie in one tile: plain bilinear, opaque. */
    private static int interior(byte[] in, int i, int stride, float[] weights) {
        float value = (in[i] & 0xff) * ONE_255TH * weights[0]
                + (in[i + 3] & 0xff) * ONE_255TH * weights[1]
                + (in[i + stride] & 0xff) * ONE_255TH * weights[2]
                + (in[i + stride + 3] & 0xff) * ONE_255TH * weights[3];
        return toUnorm(value);
    }

    /** pixman's {@code float_to_unorm} for 8 bits. */
    private static int toUnorm(float value) {
        float clamped = value > 1f ? 1f : (value < 0f ? 0f : value);
        int u = (int) (clamped * 256);
        return u - (u >> 8);
    }

    /**
     * A pixel on a tile seam or the level's edge: painted tile by tile in OpenSlide's order,
     * premultiplied, then un-premultiplied and laid on white.
     */
    private static final class Corner {
        private final int[] colour = new int[3];
        private int alpha;
        private final float[] partial = new float[3];

        void paint(
                byte[] in,
                int i,
                int stride,
                float[] weights,
                long levelX,
                long levelY,
                long levelWidth,
                long levelHeight,
                int tileWidth,
                int tileHeight) {
            colour[0] = 0;
            colour[1] = 0;
            colour[2] = 0;
            alpha = 0;
            // The neighbours' tiles, -1 outside the level; painted bottom row first, right to left.
            long[] tileOf = new long[4];
            for (int k = 0; k < 4; k++) {
                long x = levelX + (k & 1);
                long y = levelY + (k >> 1);
                boolean inside = x < levelWidth && y < levelHeight;
                tileOf[k] = inside ? (y / tileHeight) * ((levelWidth + tileWidth - 1) / tileWidth) + x / tileWidth : -1;
            }
            for (int k = 3; k >= 0; k--) {
                long tile = tileOf[k];
                if (tile < 0 || laterNeighbourIn(tileOf, k, tile)) {
                    continue;
                }
                composite(in, i, stride, weights, tileOf, tile);
            }
        }

        /** Whether a neighbour after {@code k} in painting order was already painted with this tile. */
        private static boolean laterNeighbourIn(long[] tileOf, int k, long tile) {
            for (int j = k + 1; j < 4; j++) {
                if (tileOf[j] == tile) {
                    return true;
                }
            }
            return false;
        }

        /** One tile's paint under SATURATE: {@code min(1, s min(1, (1 - da) / sa) + d)}. */
        private void composite(byte[] in, int i, int stride, float[] weights, long[] tileOf, long tile) {
            float sourceAlpha = 0f;
            partial[0] = 0f;
            partial[1] = 0f;
            partial[2] = 0f;
            for (int k = 0; k < 4; k++) {
                boolean mine = tileOf[k] == tile;
                int at = i + (k & 1) * 3 + (k >> 1) * stride;
                sourceAlpha += (mine ? 1f : 0f) * weights[k];
                for (int c = 0; c < 3; c++) {
                    partial[c] += (mine ? (in[at + c] & 0xff) * ONE_255TH : 0f) * weights[k];
                }
            }
            float destinationAlpha = alpha * ONE_255TH;
            float factor;
            if (-Float.MIN_NORMAL < sourceAlpha && sourceAlpha < Float.MIN_NORMAL) {
                factor = 1f;
            } else {
                factor = (1f - destinationAlpha) / sourceAlpha;
                factor = factor < 0f ? 0f : (factor > 1f ? 1f : factor);
            }
            for (int c = 0; c < 3; c++) {
                colour[c] = toUnorm(Math.min(1f, partial[c] * factor + colour[c] * ONE_255TH));
            }
            alpha = toUnorm(Math.min(1f, sourceAlpha * factor + destinationAlpha));
        }

        void store(byte[] out, int o) {
            for (int c = 0; c < 3; c++) {
                int value = colour[c];
                if (alpha != 255) {
                    int straight = alpha == 0 ? 0 : value * 255 / alpha;
                    int blended = 255 * (255 - alpha) + straight * alpha + 128;
                    value = ((blended >> 8) + blended) >> 8;
                }
                out[o + c] = (byte) value;
            }
        }
    }
}
