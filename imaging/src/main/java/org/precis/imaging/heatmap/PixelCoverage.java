package org.precis.imaging.heatmap;

/**
 * Which pixels of a downsampled image a level-0 rectangle covers: those whose centres fall inside
 * it, so neighbouring tiles meet without gaps or double painting.
 */
final class PixelCoverage {
    private PixelCoverage() {}

    /**
     * The first pixel whose centre, {@code (x + 0.5) * level0PerPixel} in level-0 coordinates, lies
     * at or right of the level-0 edge, clamped to [0, limit]. The estimate from the division is
     * corrected against that very product, so a centre that falls on an edge within rounding is
     * decided the same way wherever it is asked.
     */
    static int firstCovered(long level0Edge, double level0PerPixel, int limit) {
        long first = (long) Math.ceil(level0Edge / level0PerPixel - 0.5);
        while (first > 0 && centre(first - 1, level0PerPixel) >= level0Edge) {
            first--;
        }
        while (centre(first, level0PerPixel) < level0Edge) {
            first++;
        }
        return (int) Math.max(0, Math.min(limit, first));
    }

    private static double centre(long pixel, double level0PerPixel) {
        return (pixel + 0.5) * level0PerPixel;
    }
}
