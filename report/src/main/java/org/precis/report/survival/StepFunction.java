package org.precis.report.survival;

/**
 * A right-continuous step function starting at (0, 1), as survival curves are drawn: each time
 * twice, so that a line through the points draws the steps. An undefined value (NaN, as R's NA
 * at the end of a confidence limit) keeps the previous level.
 *
 * @param x the times, each twice, after a leading 0
 * @param y the levels before and after each step
 */
record StepFunction(double[] x, double[] y) {

    static StepFunction of(double[] times, double[] values) {
        double[] x = new double[2 * times.length + 1];
        double[] y = new double[2 * times.length + 1];
        double previous = 1;
        y[0] = 1;
        for (int i = 0; i < times.length; i++) {
            x[2 * i + 1] = times[i];
            y[2 * i + 1] = previous;
            previous = Double.isNaN(values[i]) ? previous : values[i];
            x[2 * i + 2] = times[i];
            y[2 * i + 2] = previous;
        }
        return new StepFunction(x, y);
    }
}
