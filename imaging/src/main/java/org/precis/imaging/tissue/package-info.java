/**
 * Tissue detection on a low-resolution view of a slide: HSV saturation thresholded by Otsu's
 * method (as scikit-image's {@code threshold_otsu}), cleaned by morphology, hole filling and a
 * minimum area, giving a {@link org.precis.imaging.tissue.TissueMask} with its µm/px that can keep
 * the tiles of a {@link org.precis.imaging.grid.TileGrid} that hold tissue.
 */
package org.precis.imaging.tissue;
