package org.precis.cells.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.io.file.AtomicFile;

/**
 * Cells as a CSV table, one row a cell, in the order of their ids: {@code Object ID} (1, 2, ...),
 * {@code Class} and {@code Classification probability} (empty when there is none), the centroid in
 * level-0 pixels and in µm ({@code Centroid X px}, {@code Centroid X µm}, ...), then every
 * {@link NucleusMeasurement} under its QuPath-like name. UTF-8, comma-separated, a header row, no
 * comment lines, so that {@code pandas.read_csv} and QuPath's table readers take it as it is; the
 * provenance goes to a sidecar {@code OUT.csv.provenance.json} written after the table.
 */
public final class CsvCells implements CellWriter {

    static final List<String> LEADING_COLUMNS = List.of(
            "Object ID",
            "Class",
            "Classification probability",
            "Centroid X px",
            "Centroid Y px",
            "Centroid X µm",
            "Centroid Y µm");

    private final ProvenanceJson provenanceJson = new ProvenanceJson();

    /** The sidecar holding a table's provenance. */
    public static Path provenanceFile(Path table) {
        return table.resolveSibling(table.getFileName() + ".provenance.json");
    }

    @Override
    public long write(Path target, CellSource cells, CellsProvenance provenance) throws IOException {
        long[] count = {0};
        double mpp = provenance.slideMpp();
        AtomicFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            List<String> header = new ArrayList<>(LEADING_COLUMNS);
            for (NucleusMeasurement measurement : NucleusMeasurement.values()) {
                header.add(measurement.displayName());
            }
            row(writer, header);
            List<String> fields = new ArrayList<>(header.size());
            cells.forEach(cell -> {
                count[0]++;
                fields.clear();
                fields.add(Long.toString(count[0]));
                fields.add(cell.classification().map(Classification::name).orElse(""));
                fields.add(
                        cell.probability().isPresent()
                                ? Double.toString(cell.probability().getAsDouble())
                                : "");
                fields.add(Double.toString(cell.nucleus().centroidX()));
                fields.add(Double.toString(cell.nucleus().centroidY()));
                fields.add(Double.toString(cell.nucleus().centroidX() * mpp));
                fields.add(Double.toString(cell.nucleus().centroidY() * mpp));
                for (NucleusMeasurement measurement : NucleusMeasurement.values()) {
                    fields.add(Double.toString(measurement.of(cell.nucleus().measurements())));
                }
                row(writer, fields);
            });
            writer.flush();
        });
        try {
            AtomicFile.writeString(
                    provenanceFile(target), provenanceJson.toTree(provenance).toPrettyString() + "\n");
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return count[0];
    }

    private static void row(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write('\n');
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** The rows of a table this writer wrote, each a map from header to field, in column order. */
    public List<Map<String, String>> readRows(Path source) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new IOException("not a cells CSV file: " + source + ": empty");
            }
            List<String> header = split(headerLine);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> fields = split(line);
                if (fields.size() != header.size()) {
                    throw new IOException("not a cells CSV file: " + source + ": a row has " + fields.size()
                            + " fields, the header " + header.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), fields.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The provenance in a table's sidecar. */
    public CellsProvenance readProvenance(Path table) throws IOException {
        return provenanceJson.fromText(Files.readString(provenanceFile(table)));
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
