package org.precis.report.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.precis.survival.km.SurvivalAtTime;
import org.precis.survival.km.SurvivalCurve;

/**
 * The numbers at risk under a Kaplan-Meier plot: per curve, the subjects still followed and
 * event-free at each time of the axis (R's {@code summary(fit, times)$n.risk}).
 *
 * @param times the axis ticks the numbers are read at
 * @param rows one per curve, in the legend's order
 */
public record RiskTable(List<Double> times, List<Row> rows) {

    /** One curve's numbers at risk, one per time. */
    public record Row(String label, List<Long> atRisk) {
        public Row {
            atRisk = List.copyOf(atRisk);
        }
    }

    public RiskTable {
        times = List.copyOf(times);
        rows = List.copyOf(rows);
    }

    /** The numbers at risk of each curve at the axis' ticks. */
    public static RiskTable of(Map<String, SurvivalCurve> curves, TimeAxis axis) {
        double[] ticks = axis.ticks();
        List<Row> rows = new ArrayList<>();
        curves.forEach((label, curve) -> rows.add(new Row(
                label,
                curve.at(ticks).stream()
                        .map(SurvivalAtTime::numberAtRisk)
                        .map(Math::round)
                        .toList())));
        List<Double> times = new ArrayList<>();
        for (double tick : ticks) {
            times.add(tick);
        }
        return new RiskTable(times, rows);
    }
}
