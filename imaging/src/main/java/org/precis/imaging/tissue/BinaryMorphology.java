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
     * complement of the dilated complement, outside the raster ignored). Row by row: the distance
     * to the nearest foreground pixel along each row, then a pixel is set when some row {@code dy}
     * away has foreground within the disk's half-width {@code floor(sqrt(r² - dy²))} there. That
     * is {@code 2r + 1} look-ups a pixel instead of the disk's {@code πr²}.
     */
    private boolean[] apply(boolean[] mask, int radius, boolean dilation) {
        if (radius <= 0) {
            return mask.clone();
        }
        int[] halfWidth = new int[2 * radius + 1];
        for (int dy = -radius; dy <= radius; dy++) {
            halfWidth[dy + radius] = (int) Math.floor(Math.sqrt((double) radius * radius - dy * dy) + 1e-9);
        }
        // distance along the row to the nearest pixel that dilation looks for (capped above the radius)
        int far = radius + 1;
        int[] distance = new int[mask.length];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int last = -far - 1;
            for (int x = 0; x < width; x++) {
                if (mask[row + x] == dilation) {
                    last = x;
                }
                distance[row + x] = Math.min(far, x - last);
            }
            last = width + far + 1;
            for (int x = width - 1; x >= 0; x--) {
                if (mask[row + x] == dilation) {
                    last = x;
                }
                distance[row + x] = Math.min(distance[row + x], Math.min(far, last - x));
            }
        }
        boolean[] out = new boolean[mask.length];
        for (int y = 0; y < height; y++) {
            int firstDy = Math.max(-radius, -y);
            int lastDy = Math.min(radius, height - 1 - y);
            for (int x = 0; x < width; x++) {
                boolean found = false;
                for (int dy = firstDy; dy <= lastDy && !found; dy++) {
                    found = distance[(y + dy) * width + x] <= halfWidth[dy + radius];
                }
                out[y * width + x] = dilation == found;
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
