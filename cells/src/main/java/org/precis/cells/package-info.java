/**
 * Cells from the image: nuclei found and measured ({@link org.precis.cells.nuclei}), their classes,
 * IHC scoring and the Nottingham grade components built on them. Coordinates are level-0 pixels
 * of the slide (the pixels of the file for a plain image); sizes are in micrometres.
 */
package org.precis.cells;
