package org.precis.report.heatmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.precis.imaging.heatmap.Colormap;
import org.precis.imaging.heatmap.TileColour;
import org.precis.imaging.heatmap.TileLayer;
import org.precis.imaging.heatmap.TileMeasurementsGeoJson;
import org.precis.io.json.JsonMappers;
import org.precis.learn.heatmap.HeatmapProvenance;
import org.precis.learn.heatmap.SlidePredictions;
import org.precis.learn.heatmap.TilePrediction;

/**
 * A slide heatmap as layers a slide viewer lays over the slide, rather than files to read alone:
 * one transparent PNG per class with the slide's aspect ratio, each predicted tile in viridis by
 * the class's probability (fully opaque: the viewer's slider sets the opacity; unpredicted tiles
 * transparent), and the tiles as the QuPath GeoJSON of {@link HeatmapFiles}, classified by their
 * predicted class in its colour, with every class probability and the provenance.
 */
public final class HeatmapLayers {

    /** The longer side of a probability layer: tiles of a few hundred level-0 pixels stay visible. */
    public static final int LAYER_PX = 2048;

    /** The colour scale of the probability layers, which a viewer's legend repeats. */
    public static final Colormap COLOURS = Colormap.VIRIDIS;

    private final ObjectMapper mapper = JsonMappers.snakeCase();

    /** The PNG of class {@code classIndex}'s probability over a slide of level-0 {@code width} x {@code height}. */
    public byte[] probabilityPng(long width, long height, SlidePredictions predictions, int classIndex)
            throws IOException {
        if (classIndex < 0 || classIndex >= predictions.classNames().size()) {
            throw new IllegalArgumentException("no class " + classIndex + " among " + predictions.classNames());
        }
        List<TileColour> colours = new ArrayList<>();
        for (TilePrediction tile : predictions.tiles()) {
            colours.add(new TileColour(tile.tile().tile(), COLOURS.rgb(tile.probabilities()[classIndex]), 1.0));
        }
        return new TileLayer(width, height, LAYER_PX).png(colours);
    }

    /** The tiles as QuPath GeoJSON, UTF-8, as {@code slide heatmap} writes them. */
    public byte[] tilesGeoJson(SlidePredictions predictions, HeatmapProvenance provenance) throws IOException {
        return new TileMeasurementsGeoJson()
                .toJson(HeatmapFiles.measuredTiles(predictions), HeatmapFiles.report(mapper, predictions, provenance))
                .getBytes(StandardCharsets.UTF_8);
    }
}
