package org.precis.imaging.outline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;

/**
 * Tissue outlines as a GeoJSON FeatureCollection in the form QuPath imports as annotations: one
 * Polygon feature a region (exterior ring, then its holes; rings closed; exteriors
 * counter-clockwise in GeoJSON's terms), coordinates in level-0 pixels, properties
 * {@code objectType: annotation} and {@code classification: {name: Tissue, color}}.
 */
public final class TissueGeoJson {

    /** QuPath's default colour of the Tissue class would do; this one is green as most viewers draw tissue. */
    private static final int[] TISSUE_COLOUR = {0, 160, 0};

    private final ObjectMapper mapper = JsonMappers.snakeCase();

    public String toJson(List<Polygon> outlines) {
        ObjectNode collection = mapper.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Polygon polygon : outlines) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Polygon");
            geometry.set("coordinates", coordinates(polygon));
            ObjectNode properties = feature.putObject("properties");
            properties.put("objectType", "annotation");
            ObjectNode classification = properties.putObject("classification");
            classification.put("name", "Tissue");
            ArrayNode colour = classification.putArray("color");
            for (int channel : TISSUE_COLOUR) {
                colour.add(channel);
            }
            properties.put("isLocked", false);
        }
        try {
            return mapper.writeValueAsString(collection);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write GeoJSON: " + e.getMessage(), e);
        }
    }

    public void write(Path target, List<Polygon> outlines) throws IOException {
        String json = toJson(outlines);
        AtomicFile.writeString(target, json);
    }

    ArrayNode coordinates(Polygon polygon) {
        ArrayNode rings = mapper.createArrayNode();
        for (Ring ring : polygon.rings()) {
            ArrayNode points = rings.addArray();
            List<Vertex> vertices = ring.vertices();
            for (int i = 0; i <= vertices.size(); i++) {
                Vertex v = vertices.get(i % vertices.size());
                points.addArray().add(v.x()).add(v.y());
            }
        }
        return rings;
    }

    /** The Polygon and MultiPolygon features of a GeoJSON file, as polygons (rings unclosed). */
    public List<Polygon> read(Path source) throws IOException {
        JsonNode root = mapper.readTree(source.toFile());
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new IOException(source + ": not a GeoJSON FeatureCollection (no features array)");
        }
        List<Polygon> polygons = new ArrayList<>();
        for (JsonNode feature : features) {
            JsonNode geometry = feature.path("geometry");
            String type = geometry.path("type").asText();
            if (type.equals("Polygon")) {
                polygons.add(polygon(geometry.path("coordinates"), source));
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode part : geometry.path("coordinates")) {
                    polygons.add(polygon(part, source));
                }
            }
        }
        return polygons;
    }

    private static Polygon polygon(JsonNode rings, Path source) throws IOException {
        List<Ring> parsed = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<Vertex> vertices = new ArrayList<>();
            for (JsonNode point : ring) {
                vertices.add(new Vertex(point.get(0).asDouble(), point.get(1).asDouble()));
            }
            if (vertices.size() > 1 && vertices.get(0).equals(vertices.get(vertices.size() - 1))) {
                vertices.remove(vertices.size() - 1);
            }
            if (vertices.size() < 3) {
                throw new IOException(source + ": a polygon ring has fewer than three distinct points");
            }
            parsed.add(new Ring(vertices));
        }
        if (parsed.isEmpty()) {
            throw new IOException(source + ": a polygon has no rings");
        }
        return new Polygon(parsed.get(0), parsed.subList(1, parsed.size()));
    }
}
