package org.precis.cells.grade;

import java.util.List;
import java.util.Locale;

/**
 * The Nottingham mitotic score by microscope field diameter: the count of mitoses in 10
 * high-power fields scores 1, 2 or 3 by cut-offs that grow with the field's area.
 *
 * <p>Source: the field-diameter table of the UK NHS Breast Screening Programme / Royal College of
 * Pathologists (Pathology reporting of breast disease, NHSBSP Publication No 58, 2005), derived
 * from Elston CW, Ellis IO, Histopathology 1991;19:403-410 (whose own microscope had a 0.59 mm,
 * 0.274 mm² field: ≤ 9, 10-19, ≥ 20), and reproduced as Table 1 of the College of American
 * Pathologists' invasive breast carcinoma protocol (version 4.x). The rows were transcribed from a
 * reproduction of the CAP table (the original PDFs were not reachable from where this was
 * written) and checked where independent sources give a row: 0.50 mm ≤ 7 / 8-14 / ≥ 15; 0.59 mm
 * (0.274 mm²) ≤ 9 / 10-19 / ≥ 20 (HL7 FHIR US breast cancer IG, mitotic count score model); 0.63
 * mm (0.31 mm²) ≤ 11 / 12-22 / ≥ 23 (Stanford surgical pathology criteria). The table covers
 * 0.40-0.69 mm; a diameter is looked up at the nearest 0.01 mm, and one outside the table is
 * refused rather than extrapolated.
 */
public final class MitoticScoreTable {

    /** Smallest and largest field diameters the table covers, in mm. */
    public static final double MIN_DIAMETER_MM = 0.40;

    public static final double MAX_DIAMETER_MM = 0.69;

    private static final List<MitoticCutoffs> ROWS = List.of(
            new MitoticCutoffs(0.40, 4, 9),
            new MitoticCutoffs(0.41, 4, 9),
            new MitoticCutoffs(0.42, 5, 10),
            new MitoticCutoffs(0.43, 5, 10),
            new MitoticCutoffs(0.44, 5, 11),
            new MitoticCutoffs(0.45, 5, 11),
            new MitoticCutoffs(0.46, 6, 12),
            new MitoticCutoffs(0.47, 6, 12),
            new MitoticCutoffs(0.48, 6, 13),
            new MitoticCutoffs(0.49, 6, 13),
            new MitoticCutoffs(0.50, 7, 14),
            new MitoticCutoffs(0.51, 7, 14),
            new MitoticCutoffs(0.52, 7, 15),
            new MitoticCutoffs(0.53, 8, 16),
            new MitoticCutoffs(0.54, 8, 16),
            new MitoticCutoffs(0.55, 8, 17),
            new MitoticCutoffs(0.56, 8, 17),
            new MitoticCutoffs(0.57, 9, 18),
            new MitoticCutoffs(0.58, 9, 19),
            new MitoticCutoffs(0.59, 9, 19),
            new MitoticCutoffs(0.60, 10, 20),
            new MitoticCutoffs(0.61, 10, 21),
            new MitoticCutoffs(0.62, 11, 22),
            new MitoticCutoffs(0.63, 11, 22),
            new MitoticCutoffs(0.64, 11, 23),
            new MitoticCutoffs(0.65, 12, 24),
            new MitoticCutoffs(0.66, 12, 24),
            new MitoticCutoffs(0.67, 12, 25),
            new MitoticCutoffs(0.68, 13, 26),
            new MitoticCutoffs(0.69, 13, 27));

    private MitoticScoreTable() {}

    /** Every row, by increasing diameter. */
    public static List<MitoticCutoffs> rows() {
        return ROWS;
    }

    /**
     * The row for a field of {@code diameterMm}, at the nearest 0.01 mm.
     *
     * @throws IllegalArgumentException if the diameter is outside 0.40-0.69 mm
     */
    public static MitoticCutoffs forDiameter(double diameterMm) {
        if (!Double.isFinite(diameterMm)) {
            throw new IllegalArgumentException("field diameter must be a number: " + diameterMm);
        }
        long hundredths = Math.round(diameterMm * 100);
        if (hundredths < 40 || hundredths > 69) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "field diameter %s mm is outside the Nottingham table's %.2f-%.2f mm",
                    diameterMm,
                    MIN_DIAMETER_MM,
                    MAX_DIAMETER_MM));
        }
        return ROWS.get((int) hundredths - 40);
    }
}
