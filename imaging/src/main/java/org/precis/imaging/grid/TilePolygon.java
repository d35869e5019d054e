package org.precis.imaging.grid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A tile's rectangle as a GeoJSON Polygon geometry in level-0 pixels. */
public final class TilePolygon {

    private TilePolygon() {}

    /** Sets {@code feature}'s {@code geometry} to the tile's rectangle. */
    public static void into(ObjectNode feature, Tile tile) {
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", "Polygon");
        ArrayNode ring = geometry.putArray("coordinates").addArray();
        long right = tile.x() + tile.width();
        long bottom = tile.y() + tile.height();
        // counter-clockwise in GeoJSON's y-up terms, as the tissue exteriors
        long[][] corners = {
            {tile.x(), tile.y()}, {right, tile.y()}, {right, bottom}, {tile.x(), bottom}, {tile.x(), tile.y()}
        };
        for (long[] corner : corners) {
            ring.addArray().add(corner[0]).add(corner[1]);
        }
    }
}
