package org.precis.cells.nuclei;

/** The cell classes of breast H&amp;E grading, with the names QuPath shows in {@code classification.name}. */
public enum CellClass {
    TUMOR("Tumor"),
    NON_TUMOR("Non-tumor"),
    MITOSIS("Mitosis"),
    APOPTOSIS("Apoptosis");

    private final String displayName;

    CellClass(String displayName) {
        this.displayName = displayName;
    }

    /** The name written to GeoJSON, CSV and reports. */
    public String displayName() {
        return displayName;
    }
}
