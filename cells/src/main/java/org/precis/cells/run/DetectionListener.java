package org.precis.cells.run;

/** Told how a run is going, from the thread that drives it; the CLI prints it, the library never does. */
@FunctionalInterface
public interface DetectionListener {

    /** A tile finished (or, once at the start, the tiles a checkpoint already holds). */
    void progressed(DetectionProgress progress);

    /** Tells nothing. */
    static DetectionListener none() {
        return progress -> {};
    }
}
