package org.precis.learn.linear;

/** A smooth function to minimise: its value at a point, with the gradient written alongside. */
@FunctionalInterface
interface Objective {

    /** The value at {@code point}; fills {@code gradient} (same length) with the gradient there. */
    double valueAndGradient(double[] point, double[] gradient);
}
