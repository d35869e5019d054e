package org.precis.survival.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.survival.data.OutcomeColumns;
import org.precis.survival.data.OutcomeSelection;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.km.RightCensoredSample;

/**
 * A cohort scored by a saved model: the outcome, linear predictor and stratum of every row with
 * the outcome and the model's columns present (R's {@code na.omit}); the rest are counted as dropped.
 *
 * @param sample follow-up times and events
 * @param linearPredictors beta (x - means) per subject
 * @param strata stratum label per subject; empty text without strata
 * @param dropped table rows left out for a missing value
 */
record ValidationCohort(RightCensoredSample sample, double[] linearPredictors, String[] strata, int dropped) {

    static ValidationCohort score(SavedCoxModel model, SurvivalTable table) {
        List<String> needed = requireColumns(model, table);
        OutcomeColumns outcome = new OutcomeColumns(
                model.outcome().timeColumn(),
                model.outcome().eventColumn(),
                model.outcome().coding());
        OutcomeSelection selection =
                outcome.select(table, needed.subList(2, needed.size()).toArray(String[]::new));
        int[] rows = selection.rows();
        int n = rows.length;
        double[] lp = new double[n];
        String[] strata = new String[n];
        for (int i = 0; i < n; i++) {
            int r = rows[i];
            lp[i] = model.linearPredictor(model.encode(table, r));
            strata[i] = model.stratumOf(table, r);
            model.baselineOf(strata[i]);
        }
        return new ValidationCohort(selection.sample(), lp, strata, selection.dropped());
    }

    /**
     * The columns the model reads (time, event, covariates, strata), after checking that the table
     * has them all: a cohort from another dataset fails saying which columns the model needs.
     */
    static List<String> requireColumns(SavedCoxModel model, SurvivalTable table) {
        List<String> needed = new ArrayList<>(
                List.of(model.outcome().timeColumn(), model.outcome().eventColumn()));
        model.covariates().forEach(c -> needed.add(c.column()));
        needed.addAll(model.strataColumns());
        List<String> lacking =
                needed.stream().filter(name -> !table.hasColumn(name)).toList();
        if (!lacking.isEmpty()) {
            throw table.fault("the model needs columns " + needed + " but the table lacks " + lacking + "; it has "
                    + table.columnNames());
        }
        return needed;
    }

    /** S(t | x_i) = exp(-H0_s(t) exp(lp_i)), H0 read once per stratum. */
    SurvivalPredictions predictions(SavedCoxModel model) {
        return t -> {
            Map<String, Double> hazard = new LinkedHashMap<>();
            double[] s = new double[strata.length];
            for (int i = 0; i < s.length; i++) {
                double h0 = hazard.computeIfAbsent(
                        strata[i], k -> model.baselineOf(k).cumulativeHazardAt(t));
                s[i] = Math.exp(-h0 * Math.exp(linearPredictors[i]));
            }
            return s;
        };
    }
}
