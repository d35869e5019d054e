package org.precis.slide.deepzoom;

/**
 * A Deep Zoom tile: its level and its column and row there, as in
 * {@code {name}_files/{level}/{column}_{row}.jpeg}. Whether it exists depends on the pyramid.
 */
public record TileAddress(int level, long column, long row) {

    @Override
    public String toString() {
        return "Deep Zoom level " + level + " tile (" + column + ", " + row + ")";
    }
}
