package org.precis.cells.run;

import java.util.Optional;

/**
 * What a pass over a run's merged nuclei sees of one kept nucleus: its centroid in level-0 pixels,
 * its mean haematoxylin and DAB amounts, and the class it was called on its tile, if any.
 *
 * @param x centroid column, level-0 pixels
 * @param y centroid row, level-0 pixels
 * @param haematoxylinMean the nucleus's mean haematoxylin amount
 * @param dabMean the nucleus's mean DAB amount (NaN where the detector measures none)
 * @param call the class called on the tile that kept it; empty when unclassified
 */
public record KeptNucleus(double x, double y, double haematoxylinMean, double dabMean, Optional<ClassCall> call) {

    public KeptNucleus {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("centroid must be finite: " + x + ", " + y);
        }
        if (call == null) {
            throw new IllegalArgumentException("call must be given (empty for none)");
        }
    }
}
