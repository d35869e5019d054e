package org.precis.survival.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.survival.data.Column;
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
    Column time = table.column(model.outcome().timeColumn());
    Column event = table.column(model.outcome().eventColumn());
    List<String> used = new ArrayList<>(List.of(time.name(), event.name()));
    model.covariates().forEach(c -> used.add(c.column()));
    used.addAll(model.strataColumns());
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      boolean complete = true;
      for (String name : used) {
        complete &= !table.column(name).isMissing(r);
      }
      if (complete) {
        rows.add(r);
      }
    }
    int n = rows.size();
    if (n == 0) {
      throw new IllegalArgumentException("no row of the table has all of " + used);
    }
    double[] times = new double[n];
    boolean[] events = new boolean[n];
    double[] lp = new double[n];
    String[] strata = new String[n];
    for (int i = 0; i < n; i++) {
      int r = rows.get(i);
      times[i] = time.number(r).getAsDouble();
      events[i] = model.outcome().isEvent(event.number(r).getAsDouble());
      lp[i] = model.linearPredictor(model.encode(table, r));
      strata[i] = model.stratumOf(table, r);
      model.baselineOf(strata[i]);
    }
    return new ValidationCohort(RightCensoredSample.of(times, events), lp, strata, table.rowCount() - n);
  }

  /** S(t | x_i) = exp(-H0_s(t) exp(lp_i)), H0 read once per stratum. */
  SurvivalPredictions predictions(SavedCoxModel model) {
    return t -> {
      Map<String, Double> hazard = new LinkedHashMap<>();
      double[] s = new double[strata.length];
      for (int i = 0; i < s.length; i++) {
        double h0 = hazard.computeIfAbsent(strata[i], k -> model.baselineOf(k).cumulativeHazardAt(t));
        s[i] = Math.exp(-h0 * Math.exp(linearPredictors[i]));
      }
      return s;
    };
  }
}
