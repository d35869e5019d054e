package org.precis.slide;

/** Where in a slide a problem sits: a pyramid level and a tile (column, row) on its grid. */
public record TileLocation(int level, long column, long row) {
    @Override
    public String toString() {
        return "level " + level + " tile (" + column + ", " + row + ")";
    }
}
