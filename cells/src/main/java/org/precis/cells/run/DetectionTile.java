package org.precis.cells.run;

/**
 * One tile of a {@link DetectionGrid}, in detector pixels from the region's top-left corner: the
 * rectangle read and its core, the part whose nuclei this tile keeps.
 *
 * @param index row-major position in the grid, from 0
 * @param x left edge of the tile
 * @param y top edge
 * @param width columns read
 * @param height rows read
 * @param coreX0 first column of the core
 * @param coreY0 first row of the core
 * @param coreX1 end (exclusive) column of the core
 * @param coreY1 end (exclusive) row of the core
 */
public record DetectionTile(
        int index, int x, int y, int width, int height, int coreX0, int coreY0, int coreX1, int coreY1) {

    /** Whether a point (region coordinates, pixel (i, j) covering [i, i+1) x [j, j+1)) is in the core. */
    public boolean coreContains(double px, double py) {
        return px >= coreX0 && px < coreX1 && py >= coreY0 && py < coreY1;
    }
}
