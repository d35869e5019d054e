package org.precis.cells.nuclei.evaluation;

/** One annotated object: a point in image pixels (continuous, x right, y down) and its class name. */
public record AnnotatedPoint(double x, double y, String className) {

    public AnnotatedPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point must be finite: " + x + ", " + y);
        }
        if (className == null || className.isBlank()) {
            throw new IllegalArgumentException("an annotated point needs a class");
        }
    }
}
