package org.precis.survival.km;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Kaplan-Meier product-limit estimator with Greenwood's variance, following R's
 * {@code survfit(Surv(time, status) ~ group)}: one step per distinct time (event or censoring),
 * with the numbers at risk, events and censorings there.
 */
public final class KaplanMeier {
    private final CurveConfidence confidence;

    public KaplanMeier(CurveConfidence confidence) {
        if (confidence == null) {
            throw new IllegalArgumentException("confidence must not be null");
        }
        this.confidence = confidence;
    }

    /** With R's default intervals (log, 95%). */
    public KaplanMeier() {
        this(CurveConfidence.rDefault());
    }

    /** One curve for all subjects. */
    public SurvivalCurve estimate(RightCensoredSample sample) {
        if (sample == null) {
            throw new IllegalArgumentException("sample must not be null");
        }
        int[] order = sample.orderByTime();
        List<Double> time = new ArrayList<>();
        List<Double> risk = new ArrayList<>();
        List<Double> event = new ArrayList<>();
        List<Double> censor = new ArrayList<>();
        double atRisk = 0;
        for (int i = 0; i < sample.size(); i++) {
            atRisk += sample.weight(i);
        }
        int i = 0;
        while (i < order.length) {
            double t = sample.time(order[i]);
            double d = 0;
            double c = 0;
            int j = i;
            for (; j < order.length && sample.time(order[j]) == t; j++) {
                if (sample.event(order[j])) {
                    d += sample.weight(order[j]);
                } else {
                    c += sample.weight(order[j]);
                }
            }
            time.add(t);
            risk.add(atRisk);
            event.add(d);
            censor.add(c);
            atRisk -= d + c;
            i = j;
        }
        int m = time.size();
        double[] surv = new double[m];
        double[] seCumHaz = new double[m];
        double s = 1;
        double greenwood = 0;
        for (int k = 0; k < m; k++) {
            double n = risk.get(k);
            double d = event.get(k);
            if (d > 0) {
                s *= (n - d) / n;
                // n == d gives +Infinity: the variance of log S is unbounded once S reaches 0, as in R
                greenwood += d / (n * (n - d));
            }
            surv[k] = s;
            seCumHaz[k] = Math.sqrt(greenwood);
        }
        return new SurvivalCurve(
                toArray(time), toArray(risk), toArray(event), toArray(censor), surv, seCumHaz, confidence);
    }

    /**
     * One curve per group, keyed by label in string order (R's order for character groups).
     *
     * @param groups one label per subject
     */
    public SortedMap<String, SurvivalCurve> estimateByGroup(RightCensoredSample sample, String[] groups) {
        Map<String, int[]> rows = GroupIndex.rowsByLabel(sample, groups, "group");
        SortedMap<String, SurvivalCurve> curves = new TreeMap<>();
        rows.forEach((label, r) -> curves.put(label, estimate(sample.subset(r))));
        return Collections.unmodifiableSortedMap(curves);
    }

    public CurveConfidence confidence() {
        return confidence;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
