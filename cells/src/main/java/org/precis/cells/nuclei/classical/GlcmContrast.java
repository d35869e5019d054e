package org.precis.cells.nuclei.classical;

/**
 * Grey-level co-occurrence contrast of a stain amount inside a region, as scikit-image's {@code
 * graycoprops(graycomatrix(..., distances=[1], angles=[0, π/4, π/2, 3π/4], symmetric=True,
 * normed=True), 'contrast')} averaged over the four angles, counting only pairs of pixels that
 * both lie in the region. Amounts are quantised into {@link #LEVELS} levels over [0, {@link
 * #RANGE}) (larger amounts go to the top level), so that contrasts compare across nuclei and
 * images.
 */
final class GlcmContrast {

    /** Grey levels. */
    static final int LEVELS = 32;
    /** The haematoxylin amount of the top level: darker than nearly every nucleus. */
    static final double RANGE = 0.2;

    private static final int[][] OFFSETS = {{1, 0}, {1, -1}, {0, -1}, {-1, -1}};

    /** Quantised level of one amount. */
    static int level(double amount) {
        return Math.min(LEVELS - 1, Math.max(0, (int) (amount / RANGE * LEVELS)));
    }

    /**
     * Contrast over the region set in {@code region}, with {@code levels} the quantised amounts of
     * the same box; 0 when no direction has a pair inside the region.
     */
    double of(boolean[] region, int[] levels, int width, int height) {
        double total = 0;
        int directions = 0;
        for (int[] offset : OFFSETS) {
            long pairs = 0;
            double sum = 0;
            for (int y = 0; y < height; y++) {
                int y2 = y + offset[1];
                if (y2 < 0 || y2 >= height) {
                    continue;
                }
                for (int x = 0; x < width; x++) {
                    int x2 = x + offset[0];
                    if (x2 < 0 || x2 >= width) {
                        continue;
                    }
                    int p = y * width + x;
                    int q = y2 * width + x2;
                    if (region[p] && region[q]) {
                        int d = levels[p] - levels[q];
                        sum += d * d;
                        pairs++;
                    }
                }
            }
            if (pairs > 0) {
                total += sum / pairs;
                directions++;
            }
        }
        return directions == 0 ? 0 : total / directions;
    }
}
