package org.precis.cells.ihc;

import org.precis.cells.output.PixelRegion;
import org.precis.imaging.provenance.SlideProvenance;
import org.precis.slide.RgbImage;

/**
 * One scored region: its pixels (for the overlay), where it lies on the slide, the result and
 * its provenance.
 */
public record ScoredImage(RgbImage image, PixelRegion region, Ki67Result result, SlideProvenance provenance) {

    public Ki67Report report() {
        return Ki67Report.of(result, region.x(), region.y(), provenance);
    }
}
