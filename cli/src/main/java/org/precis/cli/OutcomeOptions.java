package org.precis.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.precis.survival.data.EventCoding;
import org.precis.survival.data.OutcomeColumns;
import org.precis.survival.data.OutcomeSelection;
import org.precis.survival.data.SurvivalTable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every right-censored command shares (data, time, event, event value, separator);
 * the rows they select are {@link OutcomeColumns}'s.
 */
final class OutcomeOptions {

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "Table with a header row.")
    Path data;

    @Option(names = "--time", required = true, paramLabel = "COL", description = "Follow-up time column.")
    String time;

    @Option(names = "--event", required = true, paramLabel = "COL", description = "Event column.")
    String event;

    @Option(
            names = "--event-value",
            paramLabel = "V",
            description = "The value that means an event " + "(default: any non-zero number).")
    String eventValue;

    @Mixin
    SeparatorOption separator;

    /** The table's rows with the outcome and every other named column present (null names skipped). */
    OutcomeSelection select(String... otherColumns) throws IOException {
        SurvivalTable table = SurvivalTable.readCsv(data, separator.separator());
        return new OutcomeColumns(time, event, EventCoding.of(eventValue)).select(table, otherColumns);
    }
}
