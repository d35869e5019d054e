package org.precis.cells.ihc;

import org.precis.cells.output.Classification;

/** Which classes the cells are written with. */
public enum CellLabels {
    /** Positive and Negative, the Ki67 index's classes. */
    POSITIVE_NEGATIVE,
    /** Negative, 1+, 2+ and 3+, the H-score's classes. */
    INTENSITY_BINS;

    /** The QuPath class name of a cell in this intensity bin. */
    public String name(IntensityBin bin) {
        if (this == INTENSITY_BINS) {
            return bin.displayName();
        }
        return bin.positive() ? "Positive" : "Negative";
    }

    /** The QuPath colour of that class, 0xRRGGBB. */
    public int colour(IntensityBin bin) {
        if (this == INTENSITY_BINS) {
            return bin.colour();
        }
        return bin.positive() ? IntensityBin.POSITIVE_COLOUR : IntensityBin.NEGATIVE.colour();
    }

    /** The class a cell in this intensity bin is written with. */
    public Classification classification(IntensityBin bin) {
        return new Classification(name(bin), colour(bin));
    }
}
