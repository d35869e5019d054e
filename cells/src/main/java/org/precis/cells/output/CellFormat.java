package org.precis.cells.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The cell file formats, chosen by the output file's extension. */
public enum CellFormat {
    GEOJSON(".geojson"),
    CSV(".csv"),
    HDF5(".h5");

    private final String extension;

    CellFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format of {@code output} by its extension; {@link IllegalArgumentException} naming it otherwise. */
    public static CellFormat of(Path output) {
        String name = output.getFileName() == null
                ? ""
                : output.getFileName().toString().toLowerCase(Locale.ROOT);
        for (CellFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return format;
            }
        }
        throw new IllegalArgumentException(output + ": unknown output extension; use .geojson (QuPath detections),"
                + " .csv (a table) or .h5 (HDF5 columns)");
    }

    /** A writer of this format. */
    public CellWriter writer() {
        return switch (this) {
            case GEOJSON -> new GeoJsonCells();
            case CSV -> new CsvCells();
            case HDF5 -> new Hdf5Cells();
        };
    }

    /** Whether cells can be read back from this format with their outlines (a CSV table has none). */
    public boolean holdsOutlines() {
        return this != CSV;
    }

    /**
     * The cells of {@code file}, written in this format.
     *
     * @throws IllegalArgumentException for a CSV table, which holds no outlines
     */
    public CellTable read(Path file) throws IOException {
        return switch (this) {
            case GEOJSON -> new GeoJsonCells().read(file);
            case HDF5 -> new Hdf5Cells().read(file);
            case CSV ->
                throw new IllegalArgumentException(
                        file + ": a CSV cell table holds no outlines; write .geojson or .h5 to draw the cells");
        };
    }
}
