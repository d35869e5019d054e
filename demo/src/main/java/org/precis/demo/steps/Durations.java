package org.precis.demo.steps;

import java.util.Locale;

/** Wall times as a person reads them: {@code 0.4 s}, {@code 12.3 s}, {@code 4 min 05 s}. */
public final class Durations {
    private Durations() {}

    public static String text(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
}
