package org.precis.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.precis.cells.run.DetectionListener;
import org.precis.cells.run.DetectionProgress;

/**
 * What {@code precis cells detect --progress} shows on stderr: tiles done, nuclei, nuclei/s and the
 * time left; on a terminal one line redrawn in place, elsewhere a line at every tenth of the tiles.
 */
final class DetectionProgressLines implements DetectionListener {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final String task;
    private final boolean inPlace;
    private long lastDrawn;
    private int tenthsShown = -1;
    private boolean drawn;

    DetectionProgressLines(PrintWriter err, String task, boolean inPlace) {
        this.err = err;
        this.task = task;
        this.inPlace = inPlace;
    }

    @Override
    public void progressed(DetectionProgress progress) {
        boolean last = progress.tilesDone() == progress.tilesTotal();
        if (inPlace) {
            long now = System.nanoTime();
            if (last || now - lastDrawn >= REDRAW_NANOS) {
                err.print("\r" + line(progress));
                err.flush();
                lastDrawn = now;
                drawn = true;
            }
            return;
        }
        int tenths = (int) Math.floor(progress.fraction() * 10);
        if (tenths > tenthsShown) {
            tenthsShown = tenths;
            err.println(line(progress));
            err.flush();
        }
    }

    /** Ends the line redrawn in place, if any. */
    void finish() {
        if (inPlace && drawn) {
            err.println();
            err.flush();
        }
    }

    private String line(DetectionProgress p) {
        double eta = p.etaSeconds();
        return String.format(
                Locale.ROOT,
                "%s: %d / %d tiles (%d%%)%s, %d nuclei, %.0f nuclei/s, %s left",
                task,
                p.tilesDone(),
                p.tilesTotal(),
                (int) Math.floor(100 * p.fraction()),
                p.tilesResumed() > 0 ? " (" + p.tilesResumed() + " from the checkpoint)" : "",
                p.nuclei(),
                p.nucleiPerSecond(),
                Double.isNaN(eta) ? "? s" : String.format(Locale.ROOT, "%.0f s", eta));
    }
}
