package org.precis.imaging.qc;

import org.precis.imaging.grid.Tile;

/**
 * One tile checked for focus.
 *
 * @param tile its bounds, level-0 pixels
 * @param laplacianVariance its sharpness
 * @param outOfFocus whether the sharpness is below the threshold
 */
public record FocusTile(Tile tile, double laplacianVariance, boolean outOfFocus) {}
