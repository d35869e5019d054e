package org.precis.demo.cohort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;

/**
 * The NCCTG lung table split across three sites by institution: {@code lung-a} inst &lt;= 5,
 * {@code lung-b} 6 &lt;= inst &lt;= 13, {@code lung-c} inst &gt;= 15 (the one row without inst
 * dropped; no institution 14 occurs). Columns as in the file; status 2 = dead.
 */
public final class LungCohort {
    public static final String FILE = "survival_lung.csv";
    public static final List<String> SITES = List.of("lung-a", "lung-b", "lung-c");

    private LungCohort() {}

    /** The site tables, in site order, from the lung table. */
    public static Map<String, SurvivalTable> sites(SurvivalTable lung) {
        Column inst = lung.column("inst");
        inst.requireNumeric();
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        SITES.forEach(s -> rows.put(s, new ArrayList<>()));
        for (int r = 0; r < lung.rowCount(); r++) {
            if (inst.isMissing(r)) {
                continue;
            }
            double i = inst.number(r).getAsDouble();
            String site = i <= 5 ? "lung-a" : i <= 13 ? "lung-b" : i >= 15 ? "lung-c" : null;
            if (site == null) {
                throw new IllegalArgumentException(
                        FILE + ": row " + (r + 1) + " has inst " + i + ", which no demo site holds (14 < inst < 15)");
            }
            rows.get(site).add(r);
        }
        Map<String, SurvivalTable> out = new LinkedHashMap<>();
        rows.forEach((site, r) ->
                out.put(site, lung.select(r.stream().mapToInt(Integer::intValue).toArray())));
        return out;
    }
}
