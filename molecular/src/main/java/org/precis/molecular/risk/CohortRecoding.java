package org.precis.molecular.risk;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;

/**
 * What a registry export needs before a Cox model: an event written as text ({@code Recurred} /
 * {@code Not Recurred}) made a 0/1 column, and text cells that mean "no value" ({@code NC}, not
 * classified, in a PAM50 column) made missing, as R's {@code na.strings} does.
 *
 * @param eventColumn the event column
 * @param eventValue the text that means an event; empty when the column is already numeric
 * @param missingValues cells read as missing in every text column
 */
public record CohortRecoding(String eventColumn, Optional<String> eventValue, Set<String> missingValues) {

    public CohortRecoding {
        missingValues = Set.copyOf(missingValues);
    }

    public SurvivalTable apply(SurvivalTable table) {
        SurvivalTable out = table;
        if (!missingValues.isEmpty()) {
            for (String name : List.copyOf(table.columnNames())) {
                Column c = table.column(name);
                if (!c.isNumeric()) {
                    String[] cells = new String[table.rowCount()];
                    for (int r = 0; r < cells.length; r++) {
                        cells[r] = c.text(r)
                                .filter(v -> !missingValues.contains(v.strip()))
                                .orElse(null);
                    }
                    out = out.withColumn(Column.text(name, cells));
                }
            }
        }
        if (eventValue.isPresent()) {
            if (!out.hasColumn(eventColumn)) {
                throw out.fault("no column '" + eventColumn + "'");
            }
            Column c = out.column(eventColumn);
            String value = eventValue.get().strip();
            double[] events = new double[out.rowCount()];
            boolean seen = false;
            for (int r = 0; r < events.length; r++) {
                Optional<String> cell = c.text(r).map(String::strip);
                events[r] = cell.map(v -> v.equals(value) ? 1.0 : 0.0).orElse(Double.NaN);
                seen |= events[r] == 1.0;
            }
            if (!seen) {
                throw out.fault("no row of '" + eventColumn + "' holds the event value '" + value + "'");
            }
            out = out.withColumn(Column.numeric(eventColumn, events));
        }
        return out;
    }
}
