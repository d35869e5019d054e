package org.precis.clinical.npi;

import org.precis.clinical.grade.NottinghamGrade;

/**
 * The Nottingham Prognostic Index of one patient: 0.2 &times; invasive tumour size in cm + node
 * stage + histological grade.
 *
 * @param tumourSizeCm invasive tumour size (greatest dimension) in centimetres; positive, finite
 * @param nodeStage    lymph-node stage
 * @param grade        Nottingham histological grade
 */
public record NottinghamPrognosticIndex(double tumourSizeCm, NodeStage nodeStage, NottinghamGrade grade) {

    public NottinghamPrognosticIndex {
        if (Double.isNaN(tumourSizeCm) || Double.isInfinite(tumourSizeCm) || tumourSizeCm <= 0) {
            throw new IllegalArgumentException("invasive tumour size must be a positive number of cm, was " + tumourSizeCm);
        }
        if (nodeStage == null || grade == null) {
            throw new IllegalArgumentException("node stage and grade are required (got " + nodeStage + ", " + grade + ")");
        }
    }

    /** From a size in millimetres, as pathology reports usually give it. */
    public static NottinghamPrognosticIndex ofMillimetres(double tumourSizeMm, NodeStage nodeStage,
            NottinghamGrade grade) {
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
