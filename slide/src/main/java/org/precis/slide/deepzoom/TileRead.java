package org.precis.slide.deepzoom;

/**
 * What one Deep Zoom tile is made of, as OpenSlide's {@code DeepZoomGenerator} plans it: a
 * region of a pyramid level, then shrunk to the tile's size.
 *
 * @param slideLevel the pyramid level read
 * @param x          level-0 x of the region (truncated, as OpenSlide's {@code read_region} gets it)
 * @param y          level-0 y of the region
 * @param readWidth  width of the region in pixels of {@code slideLevel}
 * @param readHeight height of the region in pixels of {@code slideLevel}
 * @param width      the tile's width with its overlap (before PIL's thumbnail keeps the
 *                   region's aspect ratio, which may take a pixel off)
 * @param height     the tile's height with its overlap
 */
record TileRead(int slideLevel, long x, long y, int readWidth, int readHeight, int width, int height) {}
