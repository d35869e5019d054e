package org.precis.cells.ihc;

import org.precis.cells.nuclei.Nucleus;

/** One nucleus as the detector found it, its stain and its intensity bin. */
public record ScoredCell(Nucleus nucleus, NuclearStain stain, IntensityBin bin) {

    public ScoredCell {
        if (nucleus == null || stain == null || bin == null) {
            throw new IllegalArgumentException("nucleus, stain and bin are required");
        }
    }

    public boolean positive() {
        return bin.positive();
    }
}
