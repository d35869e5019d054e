package org.precis.survival.validation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;

/**
 * Validates a saved Cox model on another cohort (Royston and Altman 2013): discrimination
 * (Harrell's C, Uno's C at tau, td-AUC at t), overall accuracy (Brier score at t, integrated up to
 * tau) and calibration (slope, in the large at t, observed against predicted by risk group).
 *
 * @param tau truncation time of Uno's C and upper limit of the integrated Brier score
 * @param time time t of the td-AUC, Brier score and calibration in the large
 * @param riskGroupCuts ascending cut points of the linear predictor, usually
 *     {@link RiskGroups#tertileCuts} of the development cohort's
 */
public record ExternalValidation(double tau, double time, List<Double> riskGroupCuts) {
    public ExternalValidation {
        if (!Double.isFinite(tau) || tau <= 0 || !Double.isFinite(time) || time <= 0) {
            throw new IllegalArgumentException("tau and t must be positive and finite, got " + tau + " and " + time);
        }
        riskGroupCuts = List.copyOf(riskGroupCuts);
    }

    /** Cut points as an array, such as {@link RiskGroups#tertileCuts} gives. */
    public ExternalValidation(double tau, double time, double[] riskGroupCuts) {
        this(tau, time, Arrays.stream(riskGroupCuts).boxed().toList());
    }

    /** Scores the table's rows with the model and measures it; rows with a missing value are left out. */
    public ValidationReport validate(SavedCoxModel model, SurvivalTable table) {
        ValidationCohort cohort = ValidationCohort.score(model, table);
        SurvivalPredictions predictions = cohort.predictions(model);
        BrierScore brier = new BrierScore(cohort.sample(), predictions);
        double[] lp = cohort.linearPredictors();
        double[] cuts = riskGroupCuts.stream().mapToDouble(Double::doubleValue).toArray();
        return new ValidationReport(
                cohort.sample().size(),
                cohort.dropped(),
                HarrellC.of(cohort.sample(), lp),
                UnoC.of(cohort.sample(), lp, tau),
                tau,
                time,
                TimeDependentAuc.at(cohort.sample(), lp, time),
                brier.at(time),
                brier.integrated(tau),
                CalibrationSlope.of(cohort.sample(), lp),
                CalibrationInTheLarge.of(cohort.sample(), predictions, time),
                RiskGroups.of(cohort.sample(), lp, predictions, cuts),
                RiskGroups.calibrationAt(cohort.sample(), lp, predictions, cuts, time));
    }

    /**
     * The median of the cohort's observed follow-up times (every row with a time), the usual time
     * point when none is chosen; checks first that the cohort has the model's columns.
     */
    public static double medianFollowUp(SavedCoxModel model, SurvivalTable table) {
        ValidationCohort.requireColumns(model, table);
        String timeColumn = model.outcome().timeColumn();
        Column times = table.numericColumn(timeColumn);
        double[] values = IntStream.range(0, table.rowCount())
                .filter(i -> !times.isMissing(i))
                .mapToDouble(i -> times.number(i).getAsDouble())
                .sorted()
                .toArray();
        if (values.length == 0) {
            throw table.fault("column '" + timeColumn + "' has no values");
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
