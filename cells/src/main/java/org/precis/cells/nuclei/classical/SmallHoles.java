package org.precis.cells.nuclei.classical;

/**
 * Fills the holes of a binary raster up to a size, as scikit-image's {@code remove_small_holes}:
 * every 4-connected background component with fewer than {@code minKeptPixels} pixels becomes
 * foreground (also one touching the image edge).
 */
final class SmallHoles {

    private final int minKeptPixels;

    SmallHoles(int minKeptPixels) {
        if (minKeptPixels < 0) {
            throw new IllegalArgumentException("hole size must not be negative: " + minKeptPixels);
        }
        this.minKeptPixels = minKeptPixels;
    }

    /** A new raster with the small holes filled. */
    boolean[] fill(boolean[] mask, int width, int height) {
        boolean[] background = new boolean[mask.length];
        for (int i = 0; i < mask.length; i++) {
            background[i] = !mask[i];
        }
        ConnectedComponents components = new ConnectedComponents(background, width, height);
        int[] sizes = new int[components.count() + 1];
        int[] labels = components.labels();
        for (int label : labels) {
            sizes[label]++;
        }
        boolean[] out = mask.clone();
        for (int i = 0; i < out.length; i++) {
            if (labels[i] != 0 && sizes[labels[i]] < minKeptPixels) {
                out[i] = true;
            }
        }
        return out;
    }
}
