package org.precis.casework.ki67;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.precis.casework.Overlay;
import org.precis.cells.ihc.CellLabels;
import org.precis.cells.ihc.Hotspot;
import org.precis.cells.ihc.IntensityBin;
import org.precis.cells.ihc.Ki67IndexMap;
import org.precis.cells.ihc.Ki67Nuclei;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.heatmap.Colormap;
import org.precis.imaging.heatmap.TileColour;
import org.precis.imaging.heatmap.TileLayer;
import org.precis.io.json.JsonMappers;

/**
 * The layers a Ki67 analysis lays over its slide beside the nuclei themselves: the index square by
 * square as a viridis layer spanning the slide (a square coloured only where it holds enough nuclei
 * for its fraction to mean something), the hot-spot circle, and, for a whole slide, the nuclei as
 * points classed positive or negative (QuPath detections), which a viewer can draw by the hundred
 * thousand where outlines could not be.
 */
final class Ki67Overlays {

    /** Side of the index map's squares. */
    static final double SQUARE_UM = 250;
    /** Fewest nuclei a square needs to be coloured. */
    static final int MIN_NUCLEI_PER_SQUARE = 20;
    /** Image pixels a square gets in the layer (the layer's longer side stays at most 4096). */
    private static final int PIXELS_PER_SQUARE = 4;

    private static final int MAX_LAYER_SIDE = 4096;
    private static final int CIRCLE_VERTICES = 72;
    private static final int HOTSPOT_COLOUR = 0xFF00FF;

    private Ki67Overlays() {}

    /**
     * The index map as a transparent PNG over the whole slide.
     *
     * @param coloured the squares to colour, those with at least {@link #MIN_NUCLEI_PER_SQUARE} nuclei
     */
    static Overlay indexMap(
            Ki67IndexMap map, List<Ki67IndexMap.Square> coloured, double mpp, long slideWidth, long slideHeight)
            throws IOException {
        double squarePx = map.squareUm() / mpp;
        double squaresOnLongerSide = Math.max(slideWidth, slideHeight) / squarePx;
        int longest = (int) Math.min(MAX_LAYER_SIDE, Math.max(1, Math.ceil(squaresOnLongerSide * PIXELS_PER_SQUARE)));
        TileLayer layer = new TileLayer(slideWidth, slideHeight, longest);
        List<TileColour> colours = new ArrayList<>();
        for (Ki67IndexMap.Square square : coloured) {
            Tile tile = new Tile(0, 0, square.x(), square.y(), square.width(), square.height());
            colours.add(new TileColour(tile, Colormap.VIRIDIS.rgb(square.positiveFraction()), 1.0));
        }
        return new Overlay(
                "ki67-map",
                String.format(
                        java.util.Locale.ROOT,
                        "Ki-67 positive fraction per %.0f µm square (≥ %d nuclei)",
                        map.squareUm(),
                        MIN_NUCLEI_PER_SQUARE),
                Overlay.PNG,
                "heatmap",
                layer.png(colours));
    }

    /** The hot-spot circle as one QuPath annotation, its index in the measurements. */
    static Overlay hotspot(Hotspot hotspot, double mpp) throws IOException {
        double radius = hotspot.diameterUm() / 2 / mpp;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JsonMappers.snakeCase().getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", "Polygon");
            json.writeArrayFieldStart("coordinates");
            json.writeStartArray();
            for (int i = 0; i <= CIRCLE_VERTICES; i++) {
                double angle = 2 * Math.PI * (i % CIRCLE_VERTICES) / CIRCLE_VERTICES;
                json.writeStartArray();
                json.writeNumber(hotspot.centreX() + radius * Math.cos(angle));
                json.writeNumber(hotspot.centreY() + radius * Math.sin(angle));
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeStringField("objectType", "annotation");
            writeClassification(json, "Ki67 hot spot", HOTSPOT_COLOUR);
            json.writeObjectFieldStart("measurements");
            json.writeNumberField("Diameter µm", hotspot.diameterUm());
            json.writeNumberField("Num nuclei", hotspot.cells());
            json.writeNumberField("Num positive", hotspot.positive());
            json.writeNumberField("Positive %", hotspot.positivePercent());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        return new Overlay("ki67-hotspot", "Ki67 hot spot", Overlay.GEOJSON, "class", out.toByteArray());
    }

    /** Every nucleus as a point detection classed positive or negative. */
    static Overlay points(Ki67Nuclei nuclei) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JsonMappers.snakeCase().getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (int i = 0; i < nuclei.size(); i++) {
                IntensityBin bin = nuclei.bin(i);
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeObjectFieldStart("geometry");
                json.writeStringField("type", "Point");
                json.writeArrayFieldStart("coordinates");
                json.writeNumber(Math.round(nuclei.x(i) * 10) / 10.0);
                json.writeNumber(Math.round(nuclei.y(i) * 10) / 10.0);
                json.writeEndArray();
                json.writeEndObject();
                json.writeObjectFieldStart("properties");
                json.writeStringField("objectType", "detection");
                writeClassification(
                        json, CellLabels.POSITIVE_NEGATIVE.name(bin), CellLabels.POSITIVE_NEGATIVE.colour(bin));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return new Overlay("ki67-cells", "Ki67 nuclei (positive/negative)", Overlay.GEOJSON, "ki67", out.toByteArray());
    }

    private static void writeClassification(JsonGenerator json, String name, int rgb) throws IOException {
        json.writeObjectFieldStart("classification");
        json.writeStringField("name", name);
        json.writeArrayFieldStart("color");
        json.writeNumber(rgb >> 16 & 0xFF);
        json.writeNumber(rgb >> 8 & 0xFF);
        json.writeNumber(rgb & 0xFF);
        json.writeEndArray();
        json.writeEndObject();
    }
}
