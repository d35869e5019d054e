/**
 * Deep Zoom tiles from any open slide, laid out as OpenSlide's {@code DeepZoomGenerator} lays
 * them out (python3-openslide 1.2): levels halving with ceil down to 1x1, 254-px tiles with a
 * 1-px overlap on inner edges, each tile read from the best pyramid level for its downsample and
 * shrunk as PIL's {@code thumbnail(size, LANCZOS)} shrinks it, so that a tile equals
 * OpenSlide's (the golden tiles in the tests say how closely).
 *
 * <p>{@link org.precis.slide.deepzoom.DeepZoomPyramid} is the geometry and the pixels of one
 * slide, {@link org.precis.slide.deepzoom.DziDescriptor} its {@code .dzi} text,
 * {@link org.precis.slide.deepzoom.TileEncoder} compresses a tile,
 * {@link org.precis.slide.deepzoom.EncodedTiles} keeps compressed tiles in a cache bounded in
 * bytes, and every tile has an ETag derived from the slide file's identity, the settings and
 * the tile's address, so that a server can answer {@code If-None-Match} without rendering.
 * No HTTP here: the server module maps these onto its routes.
 *
 * <p>Where OpenSlide reads a pyramid level at a fractional level pixel (its Cairo painter shifts
 * the level's pixels by the fraction, bilinearly), the tile reads the whole pixels around and
 * shifts them the same way; Precis's readers themselves only read whole level pixels.
 */
package org.precis.slide.deepzoom;
