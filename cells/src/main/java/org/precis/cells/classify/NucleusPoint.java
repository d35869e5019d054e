package org.precis.cells.classify;

import java.util.OptionalDouble;

/** A nucleus centroid in image pixels (continuous coordinates), with its area in µm² when known. */
public record NucleusPoint(double x, double y, OptionalDouble areaUm2) {

    public NucleusPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y) || areaUm2 == null) {
            throw new IllegalArgumentException("a nucleus point needs a finite centroid");
        }
    }
}
