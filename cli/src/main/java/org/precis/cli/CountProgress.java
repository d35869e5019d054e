package org.precis.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a counted job (patches, tiles) on stderr, with the rate: on a terminal one line
 * updated in place; elsewhere (a log, a pipe, the demo under a test) a plain line at every tenth
 * of the work, so that a long step is never silent and no carriage return garbles the log.
 */
final class CountProgress implements java.util.function.IntConsumer {

    /** How often the line on a terminal is redrawn. */
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final String task;
    private final String unit;
    private final int total;
    private final boolean inPlace;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastDrawn;
    private int tenthsShown;
    private boolean drawn;

    /**
     * @param task what is counted, e.g. the slide's name or {@code embedding}
     * @param unit the counted things, plural ({@code patches})
     * @param inPlace whether stderr is a terminal (one line redrawn) or not (a line every tenth)
     */
    CountProgress(PrintWriter err, String task, String unit, int total, boolean inPlace, LongSupplier nanoTime) {
        this.err = err;
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.inPlace = inPlace;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    /** {@code done} of the total are done. */
    @Override
    public synchronized void accept(int done) {
        long now = nanoTime.getAsLong();
        if (inPlace) {
            if (done >= total || now - lastDrawn >= REDRAW_NANOS) {
                err.print("\r" + line(done, now));
                err.flush();
                lastDrawn = now;
                drawn = true;
            }
            return;
        }
        int tenths = total <= 0 ? 10 : (int) Math.min(10, (long) done * 10 / total);
        if (tenths > tenthsShown) {
            tenthsShown = tenths;
            err.println(line(done, now));
            err.flush();
        }
    }

    /** Ends the line redrawn in place, if any. */
    synchronized void finish() {
        if (inPlace && drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    private String line(int done, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        return String.format(
                Locale.ROOT,
                "%s: %d / %d %s (%d%%), %.1f %s/s, %.0f s",
                task,
                done,
                total,
                unit,
                total <= 0 ? 100 : (int) ((long) done * 100 / total),
                done / seconds,
                unit,
                seconds);
    }
}
