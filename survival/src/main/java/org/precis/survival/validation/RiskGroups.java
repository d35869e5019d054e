package org.precis.survival.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.precis.survival.km.KaplanMeier;
import org.precis.survival.km.RightCensoredSample;
import org.precis.survival.km.SurvivalCurve;

/**
 * Risk groups from cut points of the linear predictor, subject i in group
 * {@code 1 + #(cuts < lp_i)}, and their observed and predicted survival. Royston and Altman cut at
 * centiles of the development cohort's predictor so that the groups mean the same in both cohorts.
 */
public final class RiskGroups {
  private RiskGroups() {}

  /** R's {@code quantile(lp, c(1/3, 2/3), type = 7)}: cuts making tertiles of the development predictor. */
  public static double[] tertileCuts(double[] developmentLp) {
    return new double[] {quantile(developmentLp, 1.0 / 3), quantile(developmentLp, 2.0 / 3)};
  }

  /** R's default quantile (type 7): linear interpolation between order statistics at (n - 1) p. */
  static double quantile(double[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to take a quantile of");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  static List<RiskGroup> of(RightCensoredSample sample, double[] lp, SurvivalPredictions predictions, double[] cuts) {
    for (int k = 1; k < cuts.length; k++) {
      if (!(cuts[k] > cuts[k - 1])) {
        throw new IllegalArgumentException("cut points must ascend strictly: " + Arrays.toString(cuts));
      }
    }
    int n = sample.size();
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      for (double c : cuts) {
        group[i] += lp[i] > c ? 1 : 0;
      }
    }
    List<RiskGroup> groups = new ArrayList<>();
    for (int g = 0; g <= cuts.length; g++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (group[i] == g) {
          members.add(i);
        }
      }
      if (members.isEmpty()) {
        groups.add(new RiskGroup(g + 1, 0, List.of(), List.of(), List.of()));
        continue;
      }
      double[] t = new double[members.size()];
      boolean[] e = new boolean[members.size()];
      for (int m = 0; m < t.length; m++) {
        t[m] = sample.time(members.get(m));
        e[m] = sample.event(members.get(m));
      }
      SurvivalCurve km = new KaplanMeier().estimate(RightCensoredSample.of(t, e));
      double[] times = km.times();
      double[] surv = km.survival();
      List<Double> ts = new ArrayList<>();
      List<Double> observed = new ArrayList<>();
      List<Double> predicted = new ArrayList<>();
      for (int k = 0; k < times.length; k++) {
        double[] s = predictions.at(times[k]);
        double sum = 0;
        for (int i : members) {
          sum += s[i];
        }
        ts.add(times[k]);
        observed.add(surv[k]);
        predicted.add(sum / members.size());
      }
      groups.add(new RiskGroup(g + 1, members.size(), ts, observed, predicted));
    }
    return List.copyOf(groups);
  }
}
