/**
 * Cell figures: detected nuclei outlined in their class's colour on the image they were found in,
 * with counts per class, a scale bar and a caption a pathologist can check them by.
 */
package org.precis.report.cells;
