package org.precis.cells.grade;

import java.util.OptionalDouble;

/**
 * One piece of a field about the area of a high-power field: the unit the hot spot is made of and
 * the bootstrap draws. Holds what every grade component needs from it.
 *
 * @param tumourAreaMm2 the area occupied by tumour: the grid squares holding a tumour or mitotic nucleus
 * @param tumourNucleusAreasUm2 areas of its tumour nuclei that have one
 * @param otherNucleusAreasUm2 areas of its non-tumour nuclei that have one
 * @param glandAreaMm2 area of the glands around its lumina; empty when lumina were not looked for
 */
public record GradingBlock(
        String field,
        int mitoses,
        int tumourNuclei,
        double tumourAreaMm2,
        double[] tumourNucleusAreasUm2,
        double[] otherNucleusAreasUm2,
        OptionalDouble glandAreaMm2) {

    public GradingBlock {
        tumourNucleusAreasUm2 = tumourNucleusAreasUm2.clone();
        otherNucleusAreasUm2 = otherNucleusAreasUm2.clone();
    }

    @Override
    public double[] tumourNucleusAreasUm2() {
        return tumourNucleusAreasUm2.clone();
    }

    @Override
    public double[] otherNucleusAreasUm2() {
        return otherNucleusAreasUm2.clone();
    }
}
