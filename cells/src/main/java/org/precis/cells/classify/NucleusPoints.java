package org.precis.cells.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.precis.table.InputDataException;

/**
 * Reads nucleus centroids from a CSV file with a header naming at least {@code x} and {@code y}
 * (image pixels) and optionally {@code area_um2}; other columns (a class, measurements) are
 * ignored. What {@code cells detect} writes as CSV and the development annotations both read.
 */
public final class NucleusPoints {

    private static final long MAX_BYTES = 1L << 30;

    private NucleusPoints() {}

    /** The centroids in {@code csv}; a malformed file gives one line naming it and the line. */
    public static List<NucleusPoint> read(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new InputDataException(csv, 0, "no such nuclei file");
        }
        if (Files.size(csv) > MAX_BYTES) {
            throw new InputDataException(csv, 0, "larger than " + MAX_BYTES + " bytes");
        }
        List<NucleusPoint> points = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new InputDataException(csv, 0, "empty, expected a header with x and y");
            }
            List<String> names = List.of(header.trim().split(",", -1));
            int x = names.indexOf("x");
            int y = names.indexOf("y");
            int area = names.indexOf("area_um2");
            if (x < 0 || y < 0) {
                throw new InputDataException(csv, 1, "the header must name columns x and y: " + header);
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.trim().split(",", -1);
                try {
                    points.add(new NucleusPoint(
                            Double.parseDouble(parts[x]),
                            Double.parseDouble(parts[y]),
                            area >= 0 && !parts[area].isBlank()
                                    ? OptionalDouble.of(Double.parseDouble(parts[area]))
                                    : OptionalDouble.empty()));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new InputDataException(
                            csv, lineNumber, "expected numbers in x, y" + (area >= 0 ? " and area_um2" : ""));
                } catch (IllegalArgumentException e) {
                    throw new InputDataException(csv, lineNumber, e.getMessage());
                }
            }
        }
        return points;
    }
}
