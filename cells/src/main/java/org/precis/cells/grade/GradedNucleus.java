package org.precis.cells.grade;

import java.util.OptionalDouble;
import org.precis.cells.nuclei.CellClass;

/**
 * A classified nucleus placed in its field, in µm from the field's top-left corner, with its area
 * when it was measured (a detected nucleus has one, an annotated point has none).
 */
public record GradedNucleus(double xUm, double yUm, CellClass cellClass, OptionalDouble areaUm2) {

    public GradedNucleus {
        if (!Double.isFinite(xUm) || !Double.isFinite(yUm) || cellClass == null || areaUm2 == null) {
            throw new IllegalArgumentException("a graded nucleus needs a finite position, a class and an area or none");
        }
        if (areaUm2.isPresent() && !(areaUm2.getAsDouble() > 0)) {
            throw new IllegalArgumentException("nucleus area must be positive: " + areaUm2.getAsDouble());
        }
    }
}
