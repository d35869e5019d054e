package org.precis.cells.grade;

/** A gland lumen found in a field: its centre in µm from the field's corner and its area in µm². */
public record Lumen(double xUm, double yUm, double areaUm2) {

    public Lumen {
        if (!Double.isFinite(xUm) || !Double.isFinite(yUm) || !(areaUm2 > 0) || Double.isInfinite(areaUm2)) {
            throw new IllegalArgumentException("a lumen needs a finite centre and a positive area");
        }
    }
}
