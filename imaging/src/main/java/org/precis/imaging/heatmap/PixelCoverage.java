package org.precis.imaging.heatmap;

/**
 * Which pixels of a downsampled image a level-0 rectangle covers: those whose centres fall inside
 * it, so neighbouring tiles meet without gaps or double painting.
 */
final class PixelCoverage {
    private PixelCoverage() {}

    /** The first pixel whose centre lies at or right of the level-0 edge, clamped to [0, limit]. */
    static int firstCovered(long level0Edge, double level0PerPixel, int limit) {
        double first = Math.ceil(level0Edge / level0PerPixel - 0.5);
        return (int) Math.max(0, Math.min(limit, first));
    }
}
