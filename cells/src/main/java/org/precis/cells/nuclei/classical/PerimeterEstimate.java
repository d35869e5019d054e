package org.precis.cells.nuclei.classical;

/**
 * The length of a binary region's outline as scikit-image's {@code measure.perimeter} (4-connected
 * neighbourhood) estimates it, after Benkrid and Crookes: the region's border pixels (those with a
 * 4-neighbour outside it) are coded by which of their neighbours are border pixels too, and each
 * code adds 1, √2 or (1 + √2)/2 pixel lengths. It runs through pixel centres, so it is shorter
 * than the outline along pixel edges.
 */
final class PerimeterEstimate {

    private static final double[] WEIGHTS = new double[50];

    static {
        for (int code : new int[] {5, 7, 15, 17, 25, 27}) {
            WEIGHTS[code] = 1;
        }
        WEIGHTS[21] = Math.sqrt(2);
        WEIGHTS[33] = Math.sqrt(2);
        WEIGHTS[13] = (1 + Math.sqrt(2)) / 2;
        WEIGHTS[23] = (1 + Math.sqrt(2)) / 2;
    }

    /** Perimeter in pixels of the region set in {@code region} (a box of the given size). */
    double of(boolean[] region, int width, int height) {
        boolean[] border = new boolean[region.length];
        for (int y = 0, p = 0; y < height; y++) {
            for (int x = 0; x < width; x++, p++) {
                border[p] = region[p]
                        && !(inside(region, width, height, x - 1, y)
                                && inside(region, width, height, x + 1, y)
                                && inside(region, width, height, x, y - 1)
                                && inside(region, width, height, x, y + 1));
            }
        }
        double total = 0;
        for (int y = 0, p = 0; y < height; y++) {
            for (int x = 0; x < width; x++, p++) {
                if (!border[p]) {
                    continue;
                }
                int code = 1
                        + 2
                                * (count(border, width, height, x - 1, y)
                                        + count(border, width, height, x + 1, y)
                                        + count(border, width, height, x, y - 1)
                                        + count(border, width, height, x, y + 1))
                        + 10
                                * (count(border, width, height, x - 1, y - 1)
                                        + count(border, width, height, x + 1, y - 1)
                                        + count(border, width, height, x - 1, y + 1)
                                        + count(border, width, height, x + 1, y + 1));
                total += WEIGHTS[code];
            }
        }
        return total;
    }

    private static boolean inside(boolean[] region, int width, int height, int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && region[y * width + x];
    }

    private static int count(boolean[] region, int width, int height, int x, int y) {
        return inside(region, width, height, x, y) ? 1 : 0;
    }
}
