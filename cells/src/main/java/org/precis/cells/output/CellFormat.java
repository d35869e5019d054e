package org.precis.cells.output;

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
}
