package org.precis.report.survival;

import java.util.Arrays;

/**
 * The ticks of a time axis from 0 to at least the last time, at a round step (1, 2, 2.5 or 5 times
 * a power of ten) giving about five intervals. The numbers at risk are read at these ticks, so the
 * table and the axis labels cannot drift apart.
 *
 * @param ticks ascending, the first 0, the last the axis' end
 */
public record TimeAxis(double[] ticks) {

    public TimeAxis {
        ticks = ticks.clone();
        if (ticks.length < 2 || ticks[0] != 0) {
            throw new IllegalArgumentException("a time axis needs at least two ticks starting at 0");
        }
    }

    /** Round ticks covering [0, {@code lastTime}]. */
    public static TimeAxis covering(double lastTime) {
        double step = roundStep(lastTime / 5);
        int intervals = (int) Math.max(1, Math.ceil(lastTime / step - 1e-9));
        double[] ticks = new double[intervals + 1];
        for (int i = 0; i <= intervals; i++) {
            ticks[i] = i * step;
        }
        return new TimeAxis(ticks);
    }

    @Override
    public double[] ticks() {
        return ticks.clone();
    }

    public double end() {
        return ticks[ticks.length - 1];
    }

    /** A tick as printed: no decimals for whole numbers. */
    public static String label(double tick) {
        return tick == Math.rint(tick) ? Long.toString((long) tick) : Double.toString(tick);
    }

    private static double roundStep(double rough) {
        if (!(rough > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= rough) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeAxis axis && Arrays.equals(ticks, axis.ticks);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ticks);
    }

    @Override
    public String toString() {
        return "TimeAxis" + Arrays.toString(ticks);
    }
}
