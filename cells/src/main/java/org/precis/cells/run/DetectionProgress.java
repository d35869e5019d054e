package org.precis.cells.run;

/**
 * How far a run has got.
 *
 * @param tilesDone tiles finished, those taken from a checkpoint included
 * @param tilesTotal tiles in the run
 * @param tilesResumed tiles taken from the checkpoint, not detected in this process
 * @param nuclei nuclei kept so far, the checkpoint's included
 * @param nucleiThisRun nuclei kept by the tiles detected in this process
 * @param seconds time since this process started detecting
 */
public record DetectionProgress(
        int tilesDone, int tilesTotal, int tilesResumed, long nuclei, long nucleiThisRun, double seconds) {

    /** Nuclei kept per second in this process. */
    public double nucleiPerSecond() {
        return seconds > 0 ? nucleiThisRun / seconds : 0;
    }

    /** Seconds left at this process's tile rate; NaN before the first tile. */
    public double etaSeconds() {
        int detected = tilesDone - tilesResumed;
        if (detected <= 0) {
            return Double.NaN;
        }
        return seconds / detected * (tilesTotal - tilesDone);
    }

    /** Finished fraction in [0, 1]. */
    public double fraction() {
        return tilesTotal == 0 ? 1 : (double) tilesDone / tilesTotal;
    }
}
