package org.precis.imaging.heatmap;

import org.precis.imaging.grid.Tile;

/**
 * The colour one tile is painted with and how opaque it is.
 *
 * @param tile the tile, in level-0 pixels
 * @param rgb 0xRRGGBB
 * @param opacity 0 (invisible) to 1 (covers the thumbnail)
 */
public record TileColour(Tile tile, int rgb, double opacity) {

    public TileColour {
        if (tile == null) {
            throw new IllegalArgumentException("tile must not be null");
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must lie in [0, 1], got " + opacity);
        }
        rgb &= 0xFFFFFF;
    }
}
