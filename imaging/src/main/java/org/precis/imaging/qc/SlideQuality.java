package org.precis.imaging.qc;

import java.util.List;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.tissue.PenMarks;
import org.precis.imaging.tissue.TissueMask;

/**
 * What quality control found on one slide.
 *
 * @param mask the usable tissue: background, pen and out-of-focus tiles left out
 * @param outlines the usable tissue as polygons with holes, level-0 pixels
 * @param penMarks ink in the low-resolution view
 * @param focusTiles the tiles checked for focus
 * @param report the figures
 */
public record SlideQuality(
        TissueMask mask, List<Polygon> outlines, PenMarks penMarks, List<FocusTile> focusTiles, QualityReport report) {

    public SlideQuality {
        outlines = List.copyOf(outlines);
        focusTiles = List.copyOf(focusTiles);
    }
}
