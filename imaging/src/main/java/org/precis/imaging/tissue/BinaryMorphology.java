package org.precis.imaging.tissue;

/**
 * Operations on a binary raster (row by row) with a disk-shaped structuring element. Outside the
 * raster counts as background for dilation and as foreground for erosion (as scikit-image's
 * {@code binary_erosion}), so that closing and opening do not eat tissue at the edges.
 */
final class BinaryMorphology {

    private final int width;
    private final int height;

    BinaryMorphology(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("raster size must be positive: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
    }

    boolean[] closing(boolean[] mask, int radius) {
        return erode(dilate(mask, radius), radius);
    }

    boolean[] opening(boolean[] mask, int radius) {
        return dilate(erode(mask, radius), radius);
    }

    boolean[] dilate(boolean[] mask, int radius) {
        return apply(mask, radius, true);
    }

    boolean[] erode(boolean[] mask, int radius) {
        return apply(mask, radius, false);
    }

    /**
     * Dilation looks for any foreground under the disk; erosion for any background (it is the
     * complement of the dilated complement, outside the raster ignored). The disk is a stack of
     * rows of half-width {@code floor(sqrt(r² - dy²))}: each raster row, packed 64 pixels to a
     * word, is grown sideways once per unit of half-width, and a pixel is set when the row
     * {@code dy} away, grown by that row's half-width, is set there.
     */
    private boolean[] apply(boolean[] mask, int radius, boolean dilation) {
        if (radius <= 0) {
            return mask.clone();
        }
        int words = (width + 63) >>> 6;
        long lastWordMask = (width & 63) == 0 ? -1L : (1L << (width & 63)) - 1;
        // grown[k][y * words + w]: row y grown sideways by k pixels
        long[][] grown = new long[radius + 1][height * words];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (mask[y * width + x] == dilation) {
                    grown[0][y * words + (x >>> 6)] |= 1L << (x & 63);
                }
            }
        }
        for (int k = 1; k <= radius; k++) {
            long[] from = grown[k - 1];
            long[] to = grown[k];
            for (int y = 0; y < height; y++) {
                int row = y * words;
                for (int w = 0; w < words; w++) {
                    long here = from[row + w];
                    long towardsHigherX = here << 1 | (w > 0 ? from[row + w - 1] >>> 63 : 0);
                    long towardsLowerX = here >>> 1 | (w + 1 < words ? from[row + w + 1] << 63 : 0);
                    to[row + w] = here | towardsHigherX | towardsLowerX;
                }
                to[row + words - 1] &= lastWordMask;
            }
        }
        int[] halfWidth = new int[2 * radius + 1];
        for (int dy = -radius; dy <= radius; dy++) {
            halfWidth[dy + radius] = (int) Math.floor(Math.sqrt((double) radius * radius - dy * dy) + 1e-9);
        }
        boolean[] out = new boolean[mask.length];
        long[] found = new long[words];
        for (int y = 0; y < height; y++) {
            java.util.Arrays.fill(found, 0L);
            for (int dy = Math.max(-radius, -y); dy <= Math.min(radius, height - 1 - y); dy++) {
                long[] source = grown[halfWidth[dy + radius]];
                int row = (y + dy) * words;
                for (int w = 0; w < words; w++) {
                    found[w] |= source[row + w];
                }
            }
            for (int x = 0; x < width; x++) {
                boolean any = (found[x >>> 6] >>> (x & 63) & 1L) != 0;
                out[y * width + x] = dilation == any;
            }
        }
        return out;
    }

    /** Background not connected (4-neighbours) to the raster's border becomes foreground. */
    boolean[] fillHoles(boolean[] mask) {
        boolean[] outside = new boolean[mask.length];
        int[] queue = new int[mask.length];
        int tail = 0;
        for (int x = 0; x < width; x++) {
            tail = seed(mask, outside, queue, tail, x, 0);
            tail = seed(mask, outside, queue, tail, x, height - 1);
        }
        for (int y = 0; y < height; y++) {
            tail = seed(mask, outside, queue, tail, 0, y);
            tail = seed(mask, outside, queue, tail, width - 1, y);
        }
        for (int head = 0; head < tail; head++) {
            int x = queue[head] % width;
            int y = queue[head] / width;
            if (x > 0) {
                tail = seed(mask, outside, queue, tail, x - 1, y);
            }
            if (x < width - 1) {
                tail = seed(mask, outside, queue, tail, x + 1, y);
            }
            if (y > 0) {
                tail = seed(mask, outside, queue, tail, x, y - 1);
            }
            if (y < height - 1) {
                tail = seed(mask, outside, queue, tail, x, y + 1);
            }
        }
        boolean[] filled = new boolean[mask.length];
        for (int i = 0; i < mask.length; i++) {
            filled[i] = !outside[i];
        }
        return filled;
    }

    private int seed(boolean[] mask, boolean[] outside, int[] queue, int tail, int x, int y) {
        int i = y * width + x;
        if (!mask[i] && !outside[i]) {
            outside[i] = true;
            queue[tail++] = i;
        }
        return tail;
    }

    /** Foreground regions (8-neighbours) of fewer than {@code minimumPixels} pixels become background. */
    boolean[] removeSmallRegions(boolean[] mask, long minimumPixels) {
        boolean[] out = mask.clone();
        boolean[] seen = new boolean[mask.length];
        int[] queue = new int[mask.length];
        for (int start = 0; start < mask.length; start++) {
            if (!mask[start] || seen[start]) {
                continue;
            }
            int tail = 0;
            queue[tail++] = start;
            seen[start] = true;
            for (int head = 0; head < tail; head++) {
                int x = queue[head] % width;
                int y = queue[head] / width;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && nx < width && ny >= 0 && ny < height) {
                            int n = ny * width + nx;
                            if (mask[n] && !seen[n]) {
                                seen[n] = true;
                                queue[tail++] = n;
                            }
                        }
                    }
                }
            }
            if (tail < minimumPixels) {
                for (int k = 0; k < tail; k++) {
                    out[queue[k]] = false;
                }
            }
        }
        return out;
    }
}
