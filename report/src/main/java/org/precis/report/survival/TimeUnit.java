package org.precis.report.survival;

import java.util.Locale;

/** The unit of a survival time column, for the time axis' label; times are drawn as they are. */
public enum TimeUnit {
    DAYS,
    MONTHS,
    YEARS;

    /** "days", "months" or "years". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit a column's name states ("os_months", "time_years"); days when it states none. */
    public static TimeUnit fromColumnName(String column) {
        String name = column.toLowerCase(Locale.ROOT);
        if (name.contains("month")) {
            return MONTHS;
        }
        if (name.contains("year")) {
            return YEARS;
        }
        return DAYS;
    }
}
