package org.precis.survival.cox;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline cumulative hazard per stratum as R's {@code survfit.coxph} computes it: the
 * Breslow estimator with Breslow ties, and with Efron ties the Efron-adjusted increments
 * {@code sum_k (w_d / d) / (R - (k/d) D)} for d tied deaths.
 */
final class BaselineHazard {
  private BaselineHazard() {}

  /**
   * @param score exp(centred linear predictor) per row; the hazard is for a covariate vector at the centre
   */
  static List<SurvivalCurve> of(EventTimes times, double[] score, double[] w, Ties ties, List<String> labels) {
    int nStrata = times.strataCount();
    List<List<double[]>> steps = new ArrayList<>();
    for (int s = 0; s < nStrata; s++) {
      steps.add(new ArrayList<>());
    }
    times.forEach((stratum, time, atRisk, deaths) -> {
      double denom = 0;
      for (int i : atRisk) {
        denom += score[i] * w[i];
      }
      double eDenom = 0;
      double deadWeight = 0;
      for (int i : deaths) {
        eDenom += score[i] * w[i];
        deadWeight += w[i];
      }
      int d = deaths.length;
      double increment = 0;
      if (ties == Ties.BRESLOW || d < 2) {
        increment = deadWeight / denom;
      } else {
        for (int k = 0; k < d; k++) {
          increment += (deadWeight / d) / (denom - ((double) k / d) * eDenom);
        }
      }
      steps.get(stratum).add(new double[] {time, increment});
    });
    List<SurvivalCurve> curves = new ArrayList<>();
    for (int s = 0; s < nStrata; s++) {
      List<double[]> st = steps.get(s);
      double[] t = new double[st.size()];
      double[] h = new double[st.size()];
      double sum = 0;
      for (int i = 0; i < t.length; i++) {
        t[i] = st.get(i)[0];
        sum += st.get(i)[1];
        h[i] = sum;
      }
      curves.add(new SurvivalCurve(labels.get(s), t, h));
    }
    return List.copyOf(curves);
  }
}
