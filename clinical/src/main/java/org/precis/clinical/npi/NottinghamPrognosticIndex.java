package org.precis.clinical.npi;

import org.precis.clinical.ImplausibleValueException;
import org.precis.clinical.grade.NottinghamGrade;

/**
 * The Nottingham Prognostic Index of one patient: 0.2 &times; invasive tumour size in cm + node
 * stage + histological grade.
 *
 * <p>Plausibility: the size must be in (0, {@value #MAX_TUMOUR_SIZE_CM}] cm. T3 begins at 5 cm and
 * invasive breast tumours beyond 20 cm are almost unheard of; a larger value is a unit slip (µm or
 * a misplaced digit), and the index of such a value (a 5000 mm tumour scores 104) means nothing.
 *
 * @param tumourSizeCm invasive tumour size (greatest dimension) in centimetres; in (0, 20]
 * @param nodeStage    lymph-node stage
 * @param grade        Nottingham histological grade
 */
public record NottinghamPrognosticIndex(double tumourSizeCm, NodeStage nodeStage, NottinghamGrade grade) {

    /** The largest plausible invasive tumour size, in centimetres (200 mm). */
    public static final double MAX_TUMOUR_SIZE_CM = 20;

    public NottinghamPrognosticIndex {
        if (Double.isNaN(tumourSizeCm) || Double.isInfinite(tumourSizeCm) || tumourSizeCm <= 0) {
            throw new ImplausibleValueException(
                    "invasive tumour size must be a positive number of cm, was " + tumourSizeCm);
        }
        if (tumourSizeCm > MAX_TUMOUR_SIZE_CM) {
            throw new ImplausibleValueException("invasive tumour size " + tumourSizeCm + " cm is implausible: at most "
                    + MAX_TUMOUR_SIZE_CM + " cm (200 mm); check the unit");
        }
        if (nodeStage == null || grade == null) {
            throw new IllegalArgumentException(
                    "node stage and grade are required (got " + nodeStage + ", " + grade + ")");
        }
    }

    /**
     * From a size in millimetres, as pathology reports usually give it.
     *
     * @throws ImplausibleValueException when the size is not in (0, 200] mm
     */
    public static NottinghamPrognosticIndex ofMillimetres(
            double tumourSizeMm, NodeStage nodeStage, NottinghamGrade grade) {
        if (!(tumourSizeMm > 0 && tumourSizeMm <= 10 * MAX_TUMOUR_SIZE_CM)) {
            throw new ImplausibleValueException(
                    "invasive tumour size must be in (0, 200] mm, was " + tumourSizeMm + " mm");
        }
        return new NottinghamPrognosticIndex(tumourSizeMm / 10.0, nodeStage, grade);
    }

    /** The index. */
    public double value() {
        return 0.2 * tumourSizeCm + nodeStage.score() + grade.number();
    }

    /** The prognostic group under a grouping scheme. */
    public PrognosticGroup group(GroupingScheme scheme) {
        if (scheme == null) {
            throw new IllegalArgumentException("grouping scheme must not be null");
        }
        return scheme.classify(value());
    }
}
