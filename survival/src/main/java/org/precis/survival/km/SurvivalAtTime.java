package org.precis.survival.km;

/**
 * The curve read at one chosen time, as one row of R's {@code summary(fit, times=, extend=TRUE)}.
 *
 * @param time           the chosen time
 * @param numberAtRisk   subjects (summed weights) still followed at that time
 * @param numberOfEvents events since the previous chosen time (or since the start), up to and
 *                       including this one
 * @param survival       S(time)
 * @param standardError  standard error of S(time); NaN where S has reached 0
 * @param lower          lower confidence limit; NaN where undefined (R's NA)
 * @param upper          upper confidence limit; NaN where undefined (R's NA)
 */
public record SurvivalAtTime(
        double time,
        double numberAtRisk,
        double numberOfEvents,
        double survival,
        double standardError,
        double lower,
        double upper) {}
