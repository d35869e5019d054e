package org.precis.demo.cohort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;

/**
 * Rotterdam (site {@code rotterdam}) and GBSG (site {@code gbsg}) harmonised to one table shape
 * for recurrence-free survival: {@code time} in days (Rotterdam: rtime when recurred, else dtime;
 * GBSG: rfstime), {@code status} 1 for recurrence or death (Rotterdam: recur or death; GBSG:
 * status), covariates {@code age}, {@code meno}, {@code size} as text categories {@code <=20},
 * {@code 20-50}, {@code >50} mm (GBSG's millimetres: up to 20, above 20 up to 50, above 50),
 * {@code grade}, {@code nodes}, {@code pgr}, {@code er}, {@code hormon}.
 */
public final class BreastCohort {
    public static final String ROTTERDAM_FILE = "survival_rotterdam.csv";
    public static final String GBSG_FILE = "survival_gbsg.csv";
    public static final List<String> SITES = List.of("rotterdam", "gbsg");
    /** Size categories, the reference first. */
    public static final List<String> SIZE_LEVELS = List.of("<=20", "20-50", ">50");

    private static final List<String> SHARED = List.of("age", "meno", "grade", "nodes", "pgr", "er", "hormon");

    private BreastCohort() {}

    /** The two harmonised site tables, Rotterdam first. */
    public static Map<String, SurvivalTable> sites(SurvivalTable rotterdam, SurvivalTable gbsg) {
        Map<String, SurvivalTable> out = new LinkedHashMap<>();
        out.put("rotterdam", rotterdam(rotterdam));
        out.put("gbsg", gbsg(gbsg));
        return out;
    }

    static SurvivalTable rotterdam(SurvivalTable t) {
        int n = t.rowCount();
        double[] time = new double[n];
        double[] status = new double[n];
        Column rtime = numeric(t, "rtime", ROTTERDAM_FILE);
        Column recur = numeric(t, "recur", ROTTERDAM_FILE);
        Column dtime = numeric(t, "dtime", ROTTERDAM_FILE);
        Column death = numeric(t, "death", ROTTERDAM_FILE);
        for (int r = 0; r < n; r++) {
            boolean recurred = value(recur, r) == 1;
            time[r] = recurred ? value(rtime, r) : value(dtime, r);
            status[r] = recurred || value(death, r) == 1 ? 1 : 0;
        }
        Column size = t.column("size");
        String[] sizes = new String[n];
        for (int r = 0; r < n; r++) {
            sizes[r] = size.text(r).orElse(null);
            if (sizes[r] != null && !SIZE_LEVELS.contains(sizes[r])) {
                throw new IllegalArgumentException(ROTTERDAM_FILE + ": row " + (r + 1) + " has size '" + sizes[r]
                        + "', not one of " + SIZE_LEVELS);
            }
        }
        return table(t, time, status, sizes, ROTTERDAM_FILE);
    }

    static SurvivalTable gbsg(SurvivalTable t) {
        int n = t.rowCount();
        Column rfstime = numeric(t, "rfstime", GBSG_FILE);
        Column status = numeric(t, "status", GBSG_FILE);
        Column size = numeric(t, "size", GBSG_FILE);
        double[] time = new double[n];
        double[] event = new double[n];
        String[] sizes = new String[n];
        for (int r = 0; r < n; r++) {
            time[r] = value(rfstime, r);
            event[r] = value(status, r);
            double mm = value(size, r);
            sizes[r] = Double.isNaN(mm) ? null : mm <= 20 ? "<=20" : mm <= 50 ? "20-50" : ">50";
        }
        return table(t, time, event, sizes, GBSG_FILE);
    }

    private static SurvivalTable table(
            SurvivalTable source, double[] time, double[] status, String[] size, String file) {
        List<Column> columns = new java.util.ArrayList<>();
        columns.add(Column.numeric("time", time));
        columns.add(Column.numeric("status", status));
        for (String name : SHARED) {
            if (name.equals("grade")) {
                columns.add(Column.text("size", size));
            }
            columns.add(numeric(source, name, file));
        }
        return SurvivalTable.of(columns);
    }

    private static Column numeric(SurvivalTable t, String name, String file) {
        if (!t.hasColumn(name)) {
            throw new IllegalArgumentException(file + ": no column '" + name + "'; it has " + t.columnNames());
        }
        Column c = t.column(name);
        if (!c.isNumeric()) {
            throw new IllegalArgumentException(file + ": column '" + name + "' must be numeric");
        }
        return c;
    }

    private static double value(Column c, int row) {
        return c.isMissing(row) ? Double.NaN : c.number(row).getAsDouble();
    }
}
