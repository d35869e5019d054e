package org.precis.cells.nuclei.classical;

import org.precis.imaging.stain.StainMatrix;

/**
 * The two stains of a slide besides the third, residual one, and their standard vectors
 * (Ruifrok and Johnston 2001, as scikit-image's {@code rgb_from_hed}).
 */
public enum StainModel {
    /** Haematoxylin and eosin; Macenko's second stain is eosin. */
    HAEMATOXYLIN_EOSIN,
    /** Haematoxylin and DAB (immunohistochemistry); Macenko's second stain is DAB. */
    HAEMATOXYLIN_DAB;

    /** The standard haematoxylin, eosin and DAB rows. */
    public StainMatrix standard() {
        return StainMatrix.HAEMATOXYLIN_EOSIN_DAB;
    }

    /** The row of the matrix the second stain Macenko's method finds goes to. */
    int secondStainRow() {
        return this == HAEMATOXYLIN_EOSIN ? 1 : 2;
    }
}
