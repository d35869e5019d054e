package org.precis.cells.nuclei;

import org.precis.imaging.outline.Polygon;

/**
 * One nucleus: its outline and centroid in pixels of the image it was found in (level-0 pixels
 * once placed on a slide), and what was measured on it.
 */
public record Nucleus(Polygon outline, double centroidX, double centroidY, NucleusMeasurements measurements) {

    public Nucleus {
        if (outline == null || measurements == null) {
            throw new IllegalArgumentException("a nucleus needs an outline and measurements");
        }
        if (!Double.isFinite(centroidX) || !Double.isFinite(centroidY)) {
            throw new IllegalArgumentException("centroid must be finite: " + centroidX + ", " + centroidY);
        }
    }
}
