package org.precis.imaging.grid;

/**
 * One tile of a {@link TileGrid}: its place in the grid and its bounds in level-0 pixels.
 *
 * @param column 0-based column
 * @param row 0-based row
 * @param x left edge, level-0 pixels
 * @param y top edge, level-0 pixels
 * @param width level-0 pixels; neighbours differ by at most one, as the exact pitch is fractional
 * @param height level-0 pixels
 */
public record Tile(int column, int row, long x, long y, long width, long height) {

    public Tile {
        if (column < 0 || row < 0) {
            throw new IllegalArgumentException("tile column and row must be >= 0: " + column + ", " + row);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("tile size must be positive: " + width + "x" + height);
        }
    }
}
