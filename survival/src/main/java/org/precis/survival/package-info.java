/**
 * Survival statistics that match R's {@code survival} package: Cox proportional hazards,
 * Kaplan-Meier, log-rank, concordance, calibration and proportional-hazards checks. Results are
 * immutable values; nothing here reads files or the environment beyond what a caller passes in.
 */
package org.precis.survival;
