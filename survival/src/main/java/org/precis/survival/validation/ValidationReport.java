package org.precis.survival.validation;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ExternalValidation} measures of a saved model on another cohort.
 *
 * @param subjects rows used
 * @param dropped rows left out for a missing value
 * @param harrell Harrell's C of the linear predictor
 * @param uno Uno's C truncated at tau
 * @param tau truncation time of Uno's C and upper limit of the integrated Brier score
 * @param time the time t of the td-AUC, Brier score and calibration in the large
 * @param timeDependentAuc cumulative/dynamic IPCW AUC at t
 * @param brier IPCW Brier score at t
 * @param integratedBrier integrated Brier score over [0, tau]
 * @param slope calibration slope
 * @param inTheLarge observed against mean predicted survival at t
 * @param riskGroups observed against predicted survival by risk group, lowest risk first
 * @param calibration predicted against observed risk at t by risk group, lowest risk first (empty groups left out)
 */
public record ValidationReport(
        int subjects,
        int dropped,
        ConcordanceIndex harrell,
        ConcordanceIndex uno,
        double tau,
        double time,
        double timeDependentAuc,
        double brier,
        double integratedBrier,
        CalibrationSlope slope,
        CalibrationInTheLarge inTheLarge,
        List<RiskGroup> riskGroups,
        List<RiskGroupCalibration> calibration) {
    public ValidationReport {
        Objects.requireNonNull(harrell, "harrell");
        Objects.requireNonNull(uno, "uno");
        Objects.requireNonNull(slope, "slope");
        Objects.requireNonNull(inTheLarge, "inTheLarge");
        riskGroups = List.copyOf(riskGroups);
        calibration = List.copyOf(calibration);
    }
}
