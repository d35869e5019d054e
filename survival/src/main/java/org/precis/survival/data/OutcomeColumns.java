package org.precis.survival.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.precis.survival.km.RightCensoredSample;

/**
 * The right-censored outcome of a table: a follow-up time column, an event column and which value
 * means an event. Every command and service that estimates from a table (Kaplan-Meier, log-rank,
 * concordance) selects its rows here, as {@link CoxDesign} does for a Cox model.
 *
 * @param time the follow-up time column (numbers >= 0)
 * @param event the event column
 * @param coding which value of the event column is an event
 */
public record OutcomeColumns(String time, String event, EventCoding coding) {

    public OutcomeColumns {
        Objects.requireNonNull(time, "time column");
        Objects.requireNonNull(event, "event column");
        Objects.requireNonNull(coding, "event coding");
    }

    /**
     * The rows with the time, the event and every other named column present (null names are
     * skipped), and the sample they make; the other rows are dropped and counted, as R's
     * {@code na.omit}. A bad time fails naming its file and line.
     */
    public OutcomeSelection select(SurvivalTable table, String... otherColumns) {
        Column times = table.numericColumn(time);
        List<String> used = new ArrayList<>(List.of(time, event));
        for (String name : otherColumns) {
            if (name != null) {
                used.add(name);
            }
        }
        CompleteCases complete = CompleteCases.of(table, used);
        int[] rows = complete.rows();
        if (rows.length == 0) {
            throw table.fault("no complete rows: every row misses a value in " + used);
        }
        double[] t = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            t[i] = times.number(rows[i]).getAsDouble();
            if (!(t[i] >= 0) || Double.isInfinite(t[i])) {
                throw table.fault(
                        rows[i],
                        "time '" + time + "' = " + Column.formatNumber(t[i]) + " must be a finite number >= 0");
            }
        }
        boolean[] e = coding.events(table, event, rows);
        return new OutcomeSelection(table, rows, complete.dropped(), RightCensoredSample.of(t, e));
    }
}
