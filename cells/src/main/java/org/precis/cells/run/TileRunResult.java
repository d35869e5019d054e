package org.precis.cells.run;

/**
 * What a tiled run did.
 *
 * @param tiles tiles in the run
 * @param tilesResumed tiles taken from a checkpoint
 * @param nuclei nuclei kept
 * @param oversized objects dropped because they reached further than the detector's largest nucleus radius
 * @param seconds time spent detecting in this process
 */
public record TileRunResult(int tiles, int tilesResumed, long nuclei, long oversized, double seconds) {}
