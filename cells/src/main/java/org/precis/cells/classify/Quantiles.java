package org.precis.cells.classify;

/** R's type 7 quantile (linear interpolation between order statistics) of sorted values. */
final class Quantiles {

    private Quantiles() {}

    static double type7(double[] sorted, double probability) {
        double position = probability * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
