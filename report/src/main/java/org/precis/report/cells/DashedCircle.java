package org.precis.report.cells;

/**
 * A dashed circle drawn over a cell overlay (a Ki67 hot spot), in level-0 pixels of the slide.
 *
 * @param centreX centre, level-0 x
 * @param centreY centre, level-0 y
 * @param radius radius, level-0 pixels
 * @param label what it marks, for the legend
 */
public record DashedCircle(double centreX, double centreY, double radius, String label) {

    public DashedCircle {
        if (!(radius > 0) || !Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("circle at (" + centreX + ", " + centreY + ") radius " + radius);
        }
    }
}
