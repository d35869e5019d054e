package org.precis.cells.ihc;

import org.precis.imaging.stain.StainMatrix;
import org.precis.imaging.stain.StainVector;

/**
 * The haematoxylin and DAB colour vectors of an image and where they came from; the third
 * (residual) stain is their cross product, as QuPath makes it.
 *
 * @param haematoxylin optical-density direction of haematoxylin
 * @param dab optical-density direction of DAB
 * @param origin estimated from the image or the standard vectors
 */
public record HdabStains(StainVector haematoxylin, StainVector dab, StainOrigin origin) {

    /** Ruifrok and Johnston's haematoxylin and DAB (scikit-image's rows, QuPath's defaults). */
    public static final HdabStains STANDARD = new HdabStains(
            StainVector.along(0.65, 0.70, 0.29), StainVector.along(0.27, 0.57, 0.78), StainOrigin.STANDARD);

    /** Eosin's standard vector, to tell an H&amp;E image from an IHC one. */
    static final StainVector EOSIN = StainVector.along(0.07, 0.99, 0.11);

    public HdabStains {
        if (haematoxylin == null || dab == null || origin == null) {
            throw new IllegalArgumentException("haematoxylin, DAB and their origin are required");
        }
        if (angleDegrees(haematoxylin, dab) < 1) {
            throw new IllegalArgumentException("haematoxylin and DAB vectors are parallel");
        }
    }

    /** Rows haematoxylin, residual, DAB: the order of {@link org.precis.imaging.stain.Stain}. */
    public StainMatrix matrix() {
        double[] h = {haematoxylin.red(), haematoxylin.green(), haematoxylin.blue()};
        double[] d = {dab.red(), dab.green(), dab.blue()};
        StainVector residual =
                StainVector.along(h[1] * d[2] - h[2] * d[1], h[2] * d[0] - h[0] * d[2], h[0] * d[1] - h[1] * d[0]);
        return new StainMatrix(new double[][] {h, {residual.red(), residual.green(), residual.blue()}, d});
    }

    /** The angle between two stain vectors, in degrees. */
    static double angleDegrees(StainVector a, StainVector b) {
        double cos = a.red() * b.red() + a.green() * b.green() + a.blue() * b.blue();
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }
}
