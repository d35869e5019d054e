package org.precis.imaging.tissue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.grid.TileGrid;
import org.precis.imaging.grid.TilePolygon;
import org.precis.imaging.provenance.SlideProvenance;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;

/**
 * The kept tiles of a selection as GeoJSON (a FeatureCollection of rectangles in level-0 pixels;
 * the grid, the tissue threshold and the provenance in its top-level {@code properties}) or as
 * CSV (the same in leading {@code #} comment lines, then {@code column,row,x,y,width,height,
 * tissue_fraction}). The format follows the file name's extension.
 */
public final class TileTable {

    private final ObjectMapper mapper = JsonMappers.snakeCase();

    /** The formats, by file extension. */
    public enum Format {
        GEOJSON,
        CSV;

        /** The format a file name asks for; {@link IllegalArgumentException} for any other extension. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".geojson") || name.endsWith(".json")) {
                return GEOJSON;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            throw new IllegalArgumentException("cannot tell the tile format of " + file + ": name it .geojson or .csv");
        }
    }

    public void write(Path target, TissueTileSelection selection, SlideProvenance provenance) throws IOException {
        Format format = Format.of(target);
        String text = format == Format.GEOJSON ? geoJson(selection, provenance) : csv(selection, provenance);
        AtomicFile.writeString(target, text);
    }

    private ObjectNode header(TissueTileSelection selection, SlideProvenance provenance) {
        ObjectNode properties = mapper.createObjectNode();
        properties.set("grid", mapper.valueToTree(selection.grid()));
        properties.put("min_tissue_fraction", selection.minTissueFraction());
        properties.put("coordinates", "level-0 pixels");
        properties.put("tiles_in_grid", selection.grid().tileCount());
        properties.put("tiles_kept", selection.tiles().size());
        properties.set("provenance", mapper.valueToTree(provenance));
        return properties;
    }

    String geoJson(TissueTileSelection selection, SlideProvenance provenance) throws IOException {
        ObjectNode collection = mapper.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("properties", header(selection, provenance));
        ArrayNode features = collection.putArray("features");
        for (TissueTile kept : selection.tiles()) {
            Tile tile = kept.tile();
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            TilePolygon.into(feature, tile);
            ObjectNode properties = feature.putObject("properties");
            properties.put("objectType", "tile");
            properties.put("column", tile.column());
            properties.put("row", tile.row());
            properties.put("x", tile.x());
            properties.put("y", tile.y());
            properties.put("width", tile.width());
            properties.put("height", tile.height());
            properties.put("tissue_fraction", kept.tissueFraction());
        }
        return mapper.writeValueAsString(collection) + "\n";
    }

    String csv(TissueTileSelection selection, SlideProvenance provenance) throws IOException {
        StringBuilder text = new StringBuilder();
        TileGrid grid = selection.grid();
        text.append("# precis tiles: ").append(provenance.software()).append('\n');
        text.append("# slide: ").append(provenance.slideFile()).append('\n');
        text.append("# slide_sha256: ").append(provenance.slideSha256()).append('\n');
        text.append("# slide_mpp: ")
                .append(provenance.slideMpp())
                .append(" (")
                .append(provenance.slideMppSource().name().toLowerCase(Locale.ROOT))
                .append(")\n");
        text.append("# grid: ")
                .append(mapper.copy()
                        .disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(grid))
                .append('\n');
        text.append("# min_tissue_fraction: ")
                .append(selection.minTissueFraction())
                .append('\n');
        text.append("# parameters: ")
                .append(mapper.copy()
                        .disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(provenance.parameters()))
                .append('\n');
        text.append("# coordinates: level-0 pixels\n");
        text.append("column,row,x,y,width,height,tissue_fraction\n");
        for (TissueTile kept : selection.tiles()) {
            Tile tile = kept.tile();
            text.append(tile.column())
                    .append(',')
                    .append(tile.row())
                    .append(',')
                    .append(tile.x())
                    .append(',')
                    .append(tile.y())
                    .append(',')
                    .append(tile.width())
                    .append(',')
                    .append(tile.height())
                    .append(',')
                    .append(kept.tissueFraction())
                    .append('\n');
        }
        return text.toString();
    }
}
