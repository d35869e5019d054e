package org.precis.imaging.grid;

/**
 * What a tile grid is asked for, before it is laid over a slide.
 *
 * @param tileSizePx tile side in pixels at the target resolution
 * @param targetMpp µm/px the tiles are read at
 * @param overlapPx pixels at the target resolution that neighbours share
 * @param edges what happens where a whole tile no longer fits
 */
public record TileGridSpec(int tileSizePx, double targetMpp, int overlapPx, EdgeTiles edges) {

    public TileGridSpec {
        if (tileSizePx <= 0) {
            throw new IllegalArgumentException("tile size must be positive: " + tileSizePx + " px");
        }
        if (!(targetMpp > 0) || Double.isInfinite(targetMpp)) {
            throw new IllegalArgumentException("target µm/px must be positive and finite: " + targetMpp);
        }
        if (overlapPx < 0 || overlapPx >= tileSizePx) {
            throw new IllegalArgumentException("overlap must be in [0, " + tileSizePx + ") px: " + overlapPx);
        }
        if (edges == null) {
            throw new IllegalArgumentException("edge handling is required");
        }
    }

    /** Whole tiles that touch, without overlap. */
    public static TileGridSpec of(int tileSizePx, double targetMpp) {
        return new TileGridSpec(tileSizePx, targetMpp, 0, EdgeTiles.WHOLE_ONLY);
    }

    /** The grid from (0, 0) over a level-0 area of {@code width} x {@code height} pixels of {@code slideMpp} µm. */
    public TileGrid over(long width, long height, double slideMpp) {
        return TileGrid.covering(width, height, slideMpp, tileSizePx, targetMpp, overlapPx, edges);
    }
}
