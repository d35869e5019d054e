package org.precis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.km.RightCensoredSample;
import picocli.CommandLine.Option;

/**
 * The options every right-censored command shares (data, time, event, event value) and the rows
 * they select: rows missing any used column are dropped and counted, as R's {@code na.omit}.
 */
final class SurvivalColumns {

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "Table with a header row.")
    Path data;

    @Option(names = "--time", required = true, paramLabel = "COL", description = "Follow-up time column.")
    String time;

    @Option(names = "--event", required = true, paramLabel = "COL", description = "Event column.")
    String event;

    @Option(names = "--event-value", paramLabel = "V", description = "The value that means an event "
            + "(default: any non-zero number).")
    String eventValue;

    /** The rows of the table with every named column present, and the sample they make. */
    record Selection(SurvivalTable table, int[] rows, int dropped, RightCensoredSample sample) {
    }

    Selection select(String... otherColumns) throws IOException {
        SurvivalTable table = SurvivalTable.readCsv(data);
        Column times = table.column(time);
        times.requireNumeric();
        Column events = table.column(event);
        List<Column> others = new ArrayList<>();
        for (String name : otherColumns) {
            if (name != null) {
                others.add(table.column(name));
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            final int r = row;
            if (!times.isMissing(r) && !events.isMissing(r) && others.stream().noneMatch(c -> c.isMissing(r))) {
                kept.add(r);
            }
        }
        int[] rows = kept.stream().mapToInt(Integer::intValue).toArray();
        double[] t = new double[rows.length];
        boolean[] e = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            t[i] = times.number(rows[i]).orElseThrow();
            e[i] = isEvent(events, rows[i]);
        }
        return new Selection(table, rows, table.rowCount() - rows.length, RightCensoredSample.of(t, e));
    }

    private boolean isEvent(Column events, int row) {
        if (events.isNumeric()) {
            double value = events.number(row).orElseThrow();
            return eventValue == null ? value != 0 : value == Double.parseDouble(eventValue);
        }
        String value = events.text(row).orElseThrow();
        if (eventValue == null) {
            throw new IllegalArgumentException("event column '" + event + "' holds text ('" + value
                    + "'): name the event value with --event-value");
        }
        return value.equals(eventValue);
    }

    /** The labels of a grouping column for the selected rows (numbers printed as R prints them). */
    static String[] labels(SurvivalTable table, String column, int[] rows) {
        Column values = table.column(column);
        String[] labels = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = values.isNumeric() ? numberLabel(values.number(rows[i]).orElseThrow())
                    : values.text(rows[i]).orElseThrow();
        }
        return labels;
    }

    private static String numberLabel(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
