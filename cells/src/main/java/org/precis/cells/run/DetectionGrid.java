package org.precis.cells.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Tiles over a region of {@code width} x {@code height} detector pixels. The cores, squares of
 * {@code tileSizePx} from the region's corner (cut at its far edges), cover the region once, so
 * every point lies in exactly one core; each tile is its core grown by half the overlap on every
 * side it shares with a neighbour (the region's own edges are not grown past), so neighbouring
 * tiles overlap by {@code overlapPx}, and a nucleus reaching at most half the overlap from a
 * centroid in a core lies wholly in that core's tile.
 *
 * @param width region columns, detector pixels
 * @param height region rows
 * @param tileSizePx side of a core
 * @param overlapPx overlap of neighbouring tiles, even
 */
public record DetectionGrid(int width, int height, int tileSizePx, int overlapPx) {

    public DetectionGrid {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("region must be at least 1x1 px: " + width + "x" + height);
        }
        if (overlapPx < 0 || overlapPx % 2 != 0) {
            throw new IllegalArgumentException("overlap must be even and >= 0: " + overlapPx);
        }
        if (tileSizePx < 1) {
            throw new IllegalArgumentException("tile size must be positive: " + tileSizePx);
        }
    }

    public int columns() {
        return (width + tileSizePx - 1) / tileSizePx;
    }

    public int rows() {
        return (height + tileSizePx - 1) / tileSizePx;
    }

    public int tileCount() {
        return columns() * rows();
    }

    /** The tiles, row by row. */
    public List<DetectionTile> tiles() {
        int columns = columns();
        int rows = rows();
        int half = overlapPx / 2;
        List<DetectionTile> tiles = new ArrayList<>(columns * rows);
        for (int row = 0; row < rows; row++) {
            int coreY0 = row * tileSizePx;
            int coreY1 = Math.min(height, coreY0 + tileSizePx);
            int y0 = Math.max(0, coreY0 - half);
            int y1 = Math.min(height, coreY1 + half);
            for (int column = 0; column < columns; column++) {
                int coreX0 = column * tileSizePx;
                int coreX1 = Math.min(width, coreX0 + tileSizePx);
                int x0 = Math.max(0, coreX0 - half);
                int x1 = Math.min(width, coreX1 + half);
                tiles.add(new DetectionTile(
                        row * columns + column, x0, y0, x1 - x0, y1 - y0, coreX0, coreY0, coreX1, coreY1));
            }
        }
        return tiles;
    }
}
