package org.precis.federation.algorithm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.survival.data.Column;
import org.precis.survival.data.CompleteCases;
import org.precis.survival.data.EventCoding;
import org.precis.survival.data.SurvivalTable;

/**
 * A site's complete rows for one study, as {@code na.omit} keeps them: follow-up time (when the
 * study has one), event or outcome flag, and design row. They never leave the site.
 *
 * @param time follow-up times (empty array without a time column)
 * @param event event (or outcome) flags
 * @param x design rows
 * @param dropped rows dropped for a missing value in a used column
 */
record SiteRows(double[] time, boolean[] event, double[][] x, int dropped) {

    /** What a study reads from a site table: optional time, an event column and its event value, covariates. */
    record Columns(Optional<String> time, String event, OptionalDouble eventValue, CovariateDesign covariates) {}

    int size() {
        return event.length;
    }

    /**
     * The complete rows ({@link CompleteCases}, as every survival command selects them) with the
     * event coded as every survival command codes it ({@link EventCoding}).
     */
    static SiteRows of(SurvivalTable table, Columns spec) {
        Column time = spec.time().map(t -> numeric(table, t)).orElse(null);
        numeric(table, spec.event());
        List<Column> covariates =
                spec.covariates() == null ? List.of() : spec.covariates().columnsOf(table);
        List<String> used = new ArrayList<>(
                spec.covariates() == null ? List.of() : spec.covariates().columns());
        used.add(spec.event());
        spec.time().ifPresent(used::add);
        CompleteCases complete = CompleteCases.of(table, used);
        int[] rows = complete.rows();
        int n = rows.length;
        int p = spec.covariates() == null ? 0 : spec.covariates().width();
        double[] t = new double[time == null ? 0 : n];
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            int r = rows[i];
            if (time != null) {
                t[i] = time.number(r).getAsDouble();
                if (!(t[i] > 0) || Double.isInfinite(t[i])) {
                    throw table.fault(
                            r,
                            "time '" + spec.time().get() + "' = " + t[i]
                                    + ": follow-up times on a federated grid must be finite and > 0");
                }
            }
            if (p > 0) {
                spec.covariates().encode(covariates, r, x[i]);
            }
        }
        boolean[] e = EventCoding.of(spec.eventValue()).events(table, spec.event(), rows);
        return new SiteRows(t, e, x, complete.dropped());
    }

    static Column numeric(SurvivalTable table, String name) {
        Column c = column(table, name);
        if (!c.isNumeric()) {
            throw new IllegalArgumentException("site table column '" + name + "' must be numeric");
        }
        return c;
    }

    /** The named column; an unknown name fails naming it and the columns the site table has. */
    static Column column(SurvivalTable table, String name) {
        if (!table.hasColumn(name)) {
            throw new IllegalArgumentException(
                    "site table has no column '" + name + "'; it has " + table.columnNames());
        }
        return table.column(name);
    }

    int events() {
        int d = 0;
        for (boolean b : event) {
            d += b ? 1 : 0;
        }
        return d;
    }
}
