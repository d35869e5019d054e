package org.precis.cells.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Tiles over a region of {@code width} x {@code height} detector pixels: tiles of
 * {@code tileSizePx} (smaller at the far edges) whose neighbours overlap by {@code overlapPx}. The
 * cores (a tile less half the overlap on each side it shares with a neighbour; the region's own
 * edges belong to the tiles on them) cover the region once, so every point lies in exactly one
 * core, and a nucleus reaching at most half the overlap from a centroid in a core lies wholly in
 * that tile.
 *
 * @param width region columns, detector pixels
 * @param height region rows
 * @param tileSizePx side of a tile, overlap included
 * @param overlapPx overlap of neighbours, even
 */
public record DetectionGrid(int width, int height, int tileSizePx, int overlapPx) {

    public DetectionGrid {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("region must be at least 1x1 px: " + width + "x" + height);
        }
        if (overlapPx < 0 || overlapPx % 2 != 0) {
            throw new IllegalArgumentException("overlap must be even and >= 0: " + overlapPx);
        }
        if (tileSizePx < 2 * overlapPx || tileSizePx < 1) {
            throw new IllegalArgumentException(
                    "tile size " + tileSizePx + " px must be at least twice the overlap of " + overlapPx + " px");
        }
    }

    /** Columns of tiles. */
    public int columns() {
        return count(width);
    }

    /** Rows of tiles. */
    public int rows() {
        return count(height);
    }

    public int tileCount() {
        return columns() * rows();
    }

    /** The tiles, row by row. */
    public List<DetectionTile> tiles() {
        int columns = columns();
        int rows = rows();
        List<DetectionTile> tiles = new ArrayList<>(columns * rows);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int x = column * step();
                int y = row * step();
                tiles.add(new DetectionTile(
                        row * columns + column,
                        x,
                        y,
                        Math.min(width, x + tileSizePx) - x,
                        Math.min(height, y + tileSizePx) - y,
                        coreStart(column),
                        coreStart(row),
                        column == columns - 1 ? width : coreStart(column + 1),
                        row == rows - 1 ? height : coreStart(row + 1)));
            }
        }
        return tiles;
    }

    private int step() {
        return tileSizePx - overlapPx;
    }

    private int coreStart(int k) {
        return k == 0 ? 0 : k * step() + overlapPx / 2;
    }

    /** The fewest tiles whose last reaches the far edge. */
    private int count(int extent) {
        if (extent <= tileSizePx) {
            return 1;
        }
        return 1 + (int) Math.ceil((double) (extent - tileSizePx) / step());
    }
}
