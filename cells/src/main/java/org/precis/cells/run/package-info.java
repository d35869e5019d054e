/**
 * Nucleus detection over a slide region or a plain image ({@link org.precis.cells.run.CellDetection}):
 * the request checked before anything large is read, the region tiled at the detector's
 * resolution with overlapping tiles whose cores partition it (so that the result does not depend
 * on the tile size or the thread count), tiles detected on several threads with a bounded number
 * in memory, each finished tile checkpointed beside the output so that an interrupted run
 * continues, progress told to a listener, and the cells written through
 * {@link org.precis.cells.output}.
 */
package org.precis.cells.run;
