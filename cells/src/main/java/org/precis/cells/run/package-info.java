/**
 * Nucleus detection over a slide region or a plain image ({@link org.precis.cells.run.CellDetection}):
 * the request checked before anything large is read, the region tiled at the detector's
 * resolution with overlapping tiles whose cores partition it (so that the result does not depend
 * on the tile size or the thread count), tiles detected on several threads with a bounded number
 * in memory, each finished tile checkpointed beside the output so that an interrupted run
 * continues, progress told to a listener; then, when there is a classification stage, a pass over
 * the merged nuclei for the calls no single tile can make alike in every tiling (mitoses between
 * two nuclei, one call per figure: {@link org.precis.cells.run.NucleusCaller#callMerged}, pixels
 * read on the tile that owns each point by {@link org.precis.cells.run.PointPixels}), and the
 * cells written through
 * {@link org.precis.cells.output}.
 */
package org.precis.cells.run;
