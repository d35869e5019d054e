package org.precis.cli;

import org.precis.report.survival.TimeUnit;
import picocli.CommandLine.Option;

/** {@code --time-unit}: the unit the plot's time axis states. */
final class TimeUnitOption {

    @Option(
            names = "--time-unit",
            paramLabel = "UNIT",
            description =
                    "Unit of the time column, written on the "
                            + "plot's time axis: days, months or years (default: the unit the column's name states, else days).")
    String timeUnit;

    /** The given unit, else the one {@code timeColumn}'s name states, else days. */
    TimeUnit unit(String timeColumn) {
        return timeUnit == null
                ? TimeUnit.fromColumnName(timeColumn)
                : LabelledEnum.parse(TimeUnit.class, TimeUnit::label, timeUnit, "--time-unit");
    }
}
