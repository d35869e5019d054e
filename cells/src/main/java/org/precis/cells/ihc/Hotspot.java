package org.precis.cells.ihc;

/**
 * The circular field with the most positive nuclei, and its Ki67 index.
 *
 * @param centreX centre, in pixels of the scored image
 * @param centreY centre, in pixels of the scored image
 * @param diameterUm the field's diameter
 * @param areaMm2 the field's area
 * @param cells nuclei whose centroid lies in the field
 * @param positive positive nuclei among them
 * @param positivePercent 100 positive / cells (0 when there are no cells)
 */
public record Hotspot(
        double centreX,
        double centreY,
        double diameterUm,
        double areaMm2,
        int cells,
        int positive,
        double positivePercent) {}
