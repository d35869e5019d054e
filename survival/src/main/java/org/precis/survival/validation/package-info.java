/**
 * Discrimination and calibration of survival predictions, and external validation of a saved Cox
 * model on another cohort, matching R's survival package (3.5-3) where it has the statistic and
 * the published formulas (written out in the reference script) where it does not: Harrell's and
 * Uno's C ({@link org.precis.survival.validation.HarrellC}, {@link org.precis.survival.validation.UnoC}),
 * the IPCW time-dependent AUC, the IPCW Brier score, calibration slope, calibration in the large,
 * observed against predicted survival by risk group, the {@link org.precis.survival.validation.SavedCoxModel}
 * file, and {@link org.precis.survival.validation.ExternalValidation}, which puts them together.
 *
 * <p>A saved model predicts a patient's curve as R's {@code survfit(fit, newdata)}
 * ({@link org.precis.survival.validation.PredictedCurve}), with R's standard error and 95% log-type
 * band when the file (format 2) keeps the {@link org.precis.survival.validation.CurveVariance}:
 * the coefficients' variance and each stratum's {@code varhaz} and {@code xbar}. Format-1 files
 * (before the band) are still read; their curves come without a band.
 *
 * <p>The cox package's concordance works on a fitted model's own rows and is package-private, so
 * the pair counting is done here for any score, with time weights added for Uno's C.
 */
package org.precis.survival.validation;
