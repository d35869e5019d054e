package org.precis.slide;

/**
 * One level of a slide's pyramid.
 *
 * @param index      0 for full resolution
 * @param width      width in pixels of this level
 * @param height     height in pixels of this level
 * @param downsample level-0 pixels per pixel of this level
 * @param tileWidth  width of the file's tiles at this level (the natural read size)
 * @param tileHeight height of the file's tiles at this level
 */
public record SlideLevel(int index, long width, long height, double downsample, int tileWidth, int tileHeight) {
    public SlideLevel {
        if (index < 0) {
            throw new IllegalArgumentException("level index must be >= 0: " + index);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("level size must be positive: " + width + "x" + height);
        }
        if (!(downsample >= 1.0 - 1e-9) || Double.isInfinite(downsample)) {
            throw new IllegalArgumentException("downsample must be >= 1: " + downsample);
        }
        if (tileWidth <= 0 || tileHeight <= 0) {
            throw new IllegalArgumentException("tile size must be positive: " + tileWidth + "x" + tileHeight);
        }
    }
}
