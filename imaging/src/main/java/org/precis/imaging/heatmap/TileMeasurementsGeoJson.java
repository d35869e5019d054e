package org.precis.imaging.heatmap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.precis.imaging.grid.TilePolygon;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;

/**
 * Tiles with classifications and measurements as GeoJSON in the form QuPath imports (a
 * FeatureCollection of {@code objectType: "tile"} features, each with a {@code classification}
 * name and colour and a {@code measurements} map); what made them goes in the collection's
 * top-level {@code properties}.
 */
public final class TileMeasurementsGeoJson {

    private final ObjectMapper mapper = JsonMappers.snakeCase();

    /** Writes the tiles to {@code target} (a temporary file renamed when complete). */
    public void write(Path target, List<MeasuredTile> tiles, JsonNode provenance) throws IOException {
        AtomicFile.writeString(target, toJson(tiles, provenance));
    }

    /** The tiles as the text {@link #write} writes. */
    public String toJson(List<MeasuredTile> tiles, JsonNode provenance) throws IOException {
        return mapper.writeValueAsString(collection(tiles, provenance)) + "\n";
    }

    ObjectNode collection(List<MeasuredTile> tiles, JsonNode provenance) {
        ObjectNode collection = mapper.createObjectNode();
        collection.put("type", "FeatureCollection");
        ObjectNode header = collection.putObject("properties");
        header.put("coordinates", "level-0 pixels");
        header.set("provenance", provenance);
        ArrayNode features = collection.putArray("features");
        for (MeasuredTile tile : tiles) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            TilePolygon.into(feature, tile.tile());
            ObjectNode properties = feature.putObject("properties");
            properties.put("objectType", "tile");
            ObjectNode classification = properties.putObject("classification");
            classification.put("name", tile.classification());
            classification
                    .putArray("color")
                    .add(tile.rgb() >> 16 & 0xFF)
                    .add(tile.rgb() >> 8 & 0xFF)
                    .add(tile.rgb() & 0xFF);
            ObjectNode measurements = properties.putObject("measurements");
            for (Map.Entry<String, Double> measurement : tile.measurements().entrySet()) {
                measurements.put(measurement.getKey(), measurement.getValue());
            }
        }
        return collection;
    }
}
