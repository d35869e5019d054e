package org.precis.imaging.heatmap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.precis.imaging.grid.Tile;

/**
 * A tile with a classification and named measurements, as QuPath shows them on a tile object.
 *
 * @param classification the class name QuPath colours the tile by
 * @param rgb the class colour, 0xRRGGBB
 * @param measurements name to value, in the order given
 */
public record MeasuredTile(Tile tile, String classification, int rgb, Map<String, Double> measurements) {

    public MeasuredTile {
        Objects.requireNonNull(tile, "tile");
        Objects.requireNonNull(classification, "classification");
        measurements = Collections.unmodifiableMap(new LinkedHashMap<>(measurements));
        rgb &= 0xFFFFFF;
    }
}
