package org.precis.cells.nuclei.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.precis.table.InputDataException;

/** Reads point annotations from a CSV file with the header {@code x,y,class} (BreCaHAD's layout here). */
public final class PointAnnotations {

    private PointAnnotations() {}

    /** The points of {@code file}; a malformed file fails with one line naming it and the row. */
    public static List<AnnotatedPoint> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals("x,y,class")) {
            throw new InputDataException(file, 0, "expected the header x,y,class");
        }
        List<AnnotatedPoint> points = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            try {
                if (fields.length != 3) {
                    throw new IllegalArgumentException("expected 3 fields, found " + fields.length);
                }
                points.add(new AnnotatedPoint(
                        Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), fields[2].strip()));
            } catch (IllegalArgumentException bad) {
                throw new InputDataException(file, i + 1, bad.getMessage());
            }
        }
        return List.copyOf(points);
    }
}
