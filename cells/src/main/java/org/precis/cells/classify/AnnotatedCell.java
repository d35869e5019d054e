package org.precis.cells.classify;

import org.precis.cells.nuclei.CellClass;

/** One annotated nucleus: its point in image pixels (continuous coordinates) and its class. */
public record AnnotatedCell(double x, double y, CellClass cellClass) {

    public AnnotatedCell {
        if (!Double.isFinite(x) || !Double.isFinite(y) || cellClass == null) {
            throw new IllegalArgumentException("an annotated cell needs a finite point and a class");
        }
    }
}
