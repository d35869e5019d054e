/**
 * Tissue detection on a low-resolution view of a slide: HSV saturation thresholded by Otsu's
 * method (as scikit-image's {@code threshold_otsu}), pen ink (blue, green, black by hue,
 * saturation and value rules) left out, cleaned by morphology, hole filling and a minimum area,
 * giving a {@link org.precis.imaging.tissue.TissueMask} with its µm/px, its outlines as polygons,
 * and the tiles of a {@link org.precis.imaging.grid.TileGrid} that hold tissue
 * ({@link org.precis.imaging.tissue.TissueTiles}, the entry point for tile pipelines). The mask is
 * written as a PNG ({@link org.precis.imaging.tissue.MaskPng}), the kept tiles as GeoJSON or CSV
 * ({@link org.precis.imaging.tissue.TileTable}).
 */
package org.precis.imaging.tissue;
