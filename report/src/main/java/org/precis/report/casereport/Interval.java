package org.precis.report.casereport;

/**
 * A confidence (or credible) interval around a quantity.
 *
 * @param lower the lower limit
 * @param upper the upper limit, not below the lower
 * @param level the coverage, in (0, 1), e.g. 0.95
 */
public record Interval(double lower, double upper, double level) {
    public Interval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException("interval [" + lower + ", " + upper + "] is not a finite range");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("interval level must be in (0, 1), not " + level);
        }
    }

    /** The level as a percentage ({@code 95}). */
    public String levelPercent() {
        double percent = level * 100;
        return percent == Math.rint(percent)
                ? Long.toString(Math.round(percent))
                : String.format(java.util.Locale.ROOT, "%.1f", percent);
    }
}
