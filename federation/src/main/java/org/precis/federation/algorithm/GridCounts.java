package org.precis.federation.algorithm;

import java.util.ArrayList;
import java.util.List;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.km.RightCensoredSample;

/**
 * Events and censorings per group and grid point: what a site sums for the grid-based
 * Kaplan-Meier curves and log-rank test, and, summed, the pooled coarsened data as frequency
 * weights (one weighted subject per non-empty cell), on which the survival module's estimators
 * give exactly what they give on the pooled coarsened rows.
 */
final class GridCounts {
    private GridCounts() {}

    /** Site side: the counts of the site's complete rows; refuses a group with fewer rows than the minimum. */
    static double[] of(GridStudy study, SurvivalTable table, DisclosureRules rules, String algorithm) {
        Column time = SiteRows.numeric(table, study.time());
        Column event = SiteRows.numeric(table, study.event());
        Column group = study.group().map(g -> SiteRows.column(table, g)).orElse(null);
        int k = study.grid().points() + 1;
        double[] out = new double[study.vectorLength()];
        int[] rowsPerGroup = new int[study.groupLevels().size()];
        int dropped = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            if (time.isMissing(r) || event.isMissing(r) || (group != null && group.isMissing(r))) {
                dropped++;
                continue;
            }
            int g = 0;
            if (group != null) {
                String label = group.text(r).get();
                g = study.groupLevels().indexOf(label);
                if (g < 0) {
                    throw new IllegalArgumentException(
                            algorithm + ": site table column '" + study.group().get() + "' row " + (r + 1) + " holds '"
                                    + label + "', not one of the study's group_levels " + study.groupLevels());
                }
            }
            double t = time.number(r).getAsDouble();
            if (!(t >= 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException(algorithm + ": site table column '" + study.time() + "' row "
                        + (r + 1) + " holds " + t + "; follow-up times must be finite and >= 0");
            }
            double v = event.number(r).getAsDouble();
            boolean isEvent =
                    study.eventValue().isPresent() ? v == study.eventValue().getAsDouble() : v != 0;
            isEvent &= study.grid().keepsEvent(t);
            int at = (g * k + study.grid().coarsenedIndex(t)) * 2 + (isEvent ? 0 : 1);
            out[at] += 1;
            rowsPerGroup[g]++;
        }
        for (int g = 0; g < rowsPerGroup.length; g++) {
            if (rowsPerGroup[g] > 0 && rowsPerGroup[g] < rules.minimumCellCount()) {
                throw new DisclosureException(algorithm + ": group '"
                        + study.groupLevels().get(g) + "' has fewer rows at this site than its minimum cell count ("
                        + rules.minimumCellCount() + ")");
            }
        }
        out[out.length - 1] = dropped;
        return out;
    }

    /** The pooled coarsened data from the summed counts: subjects, their group labels, rows dropped. */
    record Pooled(RightCensoredSample sample, String[] groups, int n, int dropped) {}

    /** Coordinator side; empty groups are left out, as they would be from the pooled rows. */
    static Pooled pooled(GridStudy study, double[] sum) {
        int k = study.grid().points() + 1;
        List<Double> times = new ArrayList<>();
        List<Boolean> events = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        double n = 0;
        for (int g = 0; g < study.groupLevels().size(); g++) {
            for (int i = 0; i < k; i++) {
                for (int kind = 0; kind < 2; kind++) {
                    double count = sum[(g * k + i) * 2 + kind];
                    if (count > 0) {
                        times.add(study.grid().time(i));
                        events.add(kind == 0);
                        weights.add(count);
                        labels.add(study.groupLevels().get(g));
                        n += count;
                    }
                }
            }
        }
        if (times.isEmpty()) {
            throw new IllegalArgumentException("no complete rows at any site");
        }
        double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] e = new boolean[t.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = events.get(i);
        }
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        return new Pooled(RightCensoredSample.weighted(t, e, w), labels.toArray(String[]::new), (int) n, (int)
                sum[sum.length - 1]);
    }
}
