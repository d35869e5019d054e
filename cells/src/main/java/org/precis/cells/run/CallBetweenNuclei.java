package org.precis.cells.run;

/**
 * A call made at a place between two kept nuclei (a mitotic figure found as two nuclei, called at
 * their midpoint): written as its own detection after the nuclei.
 *
 * @param x the call's centre, level-0 pixels
 * @param y the call's centre, level-0 pixels
 * @param first the index, in the run's order, of the first of the two nuclei
 * @param second the index of the second, larger than {@code first}
 * @param call what was called there
 */
public record CallBetweenNuclei(double x, double y, int first, int second, ClassCall call) {

    public CallBetweenNuclei {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("centre must be finite: " + x + ", " + y);
        }
        if (first < 0 || second <= first) {
            throw new IllegalArgumentException("need two nuclei, first < second: " + first + ", " + second);
        }
        if (call == null) {
            throw new IllegalArgumentException("a call between nuclei needs a class");
        }
    }
}
