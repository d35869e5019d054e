package org.precis.survival.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.precis.survival.km.KaplanMeier;
import org.precis.survival.km.RightCensoredSample;
import org.precis.survival.km.SurvivalAtTime;
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
        List<RiskGroup> groups = new ArrayList<>();
        for (Members members : members(sample, lp, cuts)) {
            if (members.indices().isEmpty()) {
                groups.add(new RiskGroup(members.group(), 0, List.of(), List.of(), List.of()));
                continue;
            }
            SurvivalCurve km = members.curve(sample);
            double[] times = km.times();
            double[] surv = km.survival();
            List<Double> ts = new ArrayList<>();
            List<Double> observed = new ArrayList<>();
            List<Double> predicted = new ArrayList<>();
            for (int k = 0; k < times.length; k++) {
                ts.add(times[k]);
                observed.add(surv[k]);
                predicted.add(members.meanOf(predictions.at(times[k])));
            }
            groups.add(new RiskGroup(members.group(), members.indices().size(), ts, observed, predicted));
        }
        return List.copyOf(groups);
    }

    /**
     * Predicted against observed risk at {@code time} in each non-empty risk group: observed risk is
     * 1 - the group's Kaplan-Meier survival at t (R's {@code 1 - summary(survfit(...), times = t)$surv}).
     */
    static List<RiskGroupCalibration> calibrationAt(
            RightCensoredSample sample, double[] lp, SurvivalPredictions predictions, double[] cuts, double time) {
        double[] predictedSurvival = predictions.at(time);
        List<RiskGroupCalibration> calibration = new ArrayList<>();
        for (Members members : members(sample, lp, cuts)) {
            if (members.indices().isEmpty()) {
                continue;
            }
            SurvivalAtTime km = members.curve(sample).at(time).get(0);
            int g = members.group() - 1;
            calibration.add(new RiskGroupCalibration(
                    members.group(),
                    members.indices().size(),
                    g == 0 ? Double.NEGATIVE_INFINITY : cuts[g - 1],
                    g == cuts.length ? Double.POSITIVE_INFINITY : cuts[g],
                    time,
                    km.numberAtRisk(),
                    km.numberOfEvents(),
                    1 - members.meanOf(predictedSurvival),
                    1 - km.survival(),
                    1 - km.upper(),
                    1 - km.lower()));
        }
        return List.copyOf(calibration);
    }

    /** The subjects of one risk group. */
    private record Members(int group, List<Integer> indices) {
        SurvivalCurve curve(RightCensoredSample sample) {
            double[] t = new double[indices.size()];
            boolean[] e = new boolean[indices.size()];
            for (int m = 0; m < t.length; m++) {
                t[m] = sample.time(indices.get(m));
                e[m] = sample.event(indices.get(m));
            }
            return new KaplanMeier().estimate(RightCensoredSample.of(t, e));
        }

        double meanOf(double[] values) {
            double sum = 0;
            for (int i : indices) {
                sum += values[i];
            }
            return sum / indices.size();
        }
    }

    private static List<Members> members(RightCensoredSample sample, double[] lp, double[] cuts) {
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
        List<Members> all = new ArrayList<>();
        for (int g = 0; g <= cuts.length; g++) {
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (group[i] == g) {
                    indices.add(i);
                }
            }
            all.add(new Members(g + 1, indices));
        }
        return all;
    }
}
