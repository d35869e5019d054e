/**
 * Kaplan-Meier survival curves and the G-rho family of log-rank tests, computed as R's
 * {@code survival} package (3.5-3) computes them with {@code survfit}, {@code summary.survfit},
 * {@code quantile.survfit} and {@code survdiff}.
 *
 * <p>Inputs are plain arrays (times, event flags, optional group labels, strata and case
 * weights) gathered into a validated {@link org.precis.survival.km.RightCensoredSample}; reading
 * tables is someone else's job. Times are compared exactly: R's {@code timefix} rounding of
 * nearly equal times is not applied, so callers with computed times should round them first.
 * Group labels are ordered as strings, which is the order R gives character groups.
 * {@link org.precis.survival.km.SurvivalCurveJson} is the JSON shape the km and logrank commands
 * print.
 */
package org.precis.survival.km;
