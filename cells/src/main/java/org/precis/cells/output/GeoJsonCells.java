package org.precis.cells.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.cells.nuclei.Nucleus;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;

/**
 * Cells as the GeoJSON QuPath imports as detections: a FeatureCollection whose features are
 * Polygons in level-0 pixels (rings closed, exteriors counter-clockwise in GeoJSON's terms) with
 * properties {@code objectType: "detection"}, {@code classification: {name, color: [r, g, b]}}
 * when the cell has a class, and {@code measurements: {name: value}}: the centroid the detector
 * reported ({@code Centroid X px}, {@code Centroid Y px}, level-0), the nucleus's measurements under
 * QuPath-like names ({@link NucleusMeasurement}; null where a value is not a number, as QuPath
 * writes NaN), and {@code Classification probability} when there
 * is one. The
 * collection's own {@code properties} hold {@code coordinates: "level-0 pixels"} and the
 * provenance. Features are in the order of the cells' ids (the first is id 1). Written as a
 * stream, so a slide's cells need not be held at once.
 */
public final class GeoJsonCells implements CellWriter {

    static final String PROBABILITY = "Classification probability";
    static final String CENTROID_X = "Centroid X px";
    static final String CENTROID_Y = "Centroid Y px";

    private final ObjectMapper mapper = JsonMappers.compact();
    private final ProvenanceJson provenanceJson = new ProvenanceJson();

    @Override
    public long write(Path target, CellSource cells, CellsProvenance provenance) throws IOException {
        long[] count = {0};
        AtomicFile.write(target, out -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeStringField("type", "FeatureCollection");
                json.writeObjectFieldStart("properties");
                json.writeStringField("coordinates", "level-0 pixels");
                json.writeFieldName("provenance");
                json.writeTree(provenanceJson.toTree(provenance));
                json.writeEndObject();
                json.writeArrayFieldStart("features");
                cells.forEach(cell -> {
                    feature(json, cell);
                    count[0]++;
                });
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
            }
        });
        return count[0];
    }

    private static void feature(JsonGenerator json, Cell cell) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Polygon");
        json.writeArrayFieldStart("coordinates");
        for (Ring ring : cell.nucleus().outline().rings()) {
            json.writeStartArray();
            List<Vertex> vertices = ring.vertices();
            for (int i = 0; i <= vertices.size(); i++) {
                Vertex v = vertices.get(i % vertices.size());
                json.writeStartArray();
                json.writeNumber(v.x());
                json.writeNumber(v.y());
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("objectType", "detection");
        if (cell.classification().isPresent()) {
            Classification classification = cell.classification().get();
            json.writeObjectFieldStart("classification");
            json.writeStringField("name", classification.name());
            json.writeArrayFieldStart("color");
            json.writeNumber(classification.red());
            json.writeNumber(classification.green());
            json.writeNumber(classification.blue());
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeObjectFieldStart("measurements");
        json.writeNumberField(CENTROID_X, cell.nucleus().centroidX());
        json.writeNumberField(CENTROID_Y, cell.nucleus().centroidY());
        for (NucleusMeasurement measurement : NucleusMeasurement.values()) {
            double value = measurement.of(cell.nucleus().measurements());
            if (Double.isFinite(value)) {
                json.writeNumberField(measurement.displayName(), value);
            } else {
                json.writeNullField(measurement.displayName());
            }
        }
        if (cell.probability().isPresent()) {
            json.writeNumberField(PROBABILITY, cell.probability().getAsDouble());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Reads back a file written by {@link #write}, feature by feature. */
    public CellTable read(Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IOException("no such cells file: " + source);
        }
        CellsProvenance provenance = null;
        List<Cell> cells = new ArrayList<>();
        try (JsonParser parser = mapper.getFactory().createParser(source.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notCells(source, "not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("properties")) {
                    JsonNode properties = parser.readValueAsTree();
                    provenance = provenanceJson.fromTree(properties.path("provenance"));
                } else if (field.equals("features")) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        cells.add(cell(parser.readValueAsTree(), source));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw notCells(source, e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw notCells(source, e.getMessage());
        }
        if (provenance == null) {
            throw notCells(source, "no provenance in the collection's properties");
        }
        return new CellTable(cells, provenance);
    }

    private static Cell cell(JsonNode feature, Path source) throws IOException {
        JsonNode geometry = feature.path("geometry");
        if (!geometry.path("type").asText().equals("Polygon")) {
            throw notCells(source, "a feature is not a Polygon");
        }
        List<Ring> rings = new ArrayList<>();
        for (JsonNode ring : geometry.path("coordinates")) {
            List<Vertex> vertices = new ArrayList<>();
            for (JsonNode point : ring) {
                vertices.add(new Vertex(point.get(0).asDouble(), point.get(1).asDouble()));
            }
            vertices.remove(vertices.size() - 1);
            rings.add(new Ring(vertices));
        }
        Polygon outline = new Polygon(rings.get(0), rings.subList(1, rings.size()));
        JsonNode properties = feature.path("properties");
        JsonNode measured = properties.path("measurements");
        double[] values = new double[NucleusMeasurement.values().length];
        for (NucleusMeasurement measurement : NucleusMeasurement.values()) {
            JsonNode value = measured.get(measurement.displayName());
            if (value == null || !(value.isNumber() || value.isNull())) {
                throw notCells(source, "a feature has no measurement '" + measurement.displayName() + "'");
            }
            values[measurement.ordinal()] = value.isNull() ? Double.NaN : value.asDouble();
        }
        JsonNode x = measured.get(CENTROID_X);
        JsonNode y = measured.get(CENTROID_Y);
        if (x == null || y == null || !x.isNumber() || !y.isNumber()) {
            throw notCells(source, "a feature has no centroid measurements");
        }
        Nucleus nucleus = new Nucleus(outline, x.asDouble(), y.asDouble(), NucleusMeasurement.fromValues(values));
        JsonNode classification = properties.get("classification");
        if (classification == null) {
            return Cell.unclassified(nucleus);
        }
        JsonNode colour = classification.path("color");
        Classification named = new Classification(
                classification.path("name").asText(),
                colour.path(0).asInt() << 16
                        | colour.path(1).asInt() << 8
                        | colour.path(2).asInt());
        JsonNode probability = measured.get(PROBABILITY);
        return new Cell(
                nucleus,
                Optional.of(named),
                probability == null ? OptionalDouble.empty() : OptionalDouble.of(probability.asDouble()));
    }

    private static IOException notCells(Path source, String problem) {
        return new IOException("not a cells GeoJSON file: " + source + ": " + problem);
    }
}
