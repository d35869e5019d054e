package org.precis.report.cells;

import java.util.List;
import java.util.Locale;
import org.precis.cells.ihc.CellLabels;
import org.precis.cells.ihc.Hotspot;
import org.precis.cells.ihc.Ki67Cells;
import org.precis.cells.ihc.Ki67Report;
import org.precis.cells.ihc.Ki67Result;
import org.precis.cells.ihc.ScoredImage;
import org.precis.cells.output.Cell;
import org.precis.cells.output.PixelRegion;
import org.precis.cells.run.RegionPicture;
import org.precis.report.figure.AnnotatedImage;

/**
 * The Ki67-scored image as a {@link CellOverlay}: every nucleus outlined in its class's QuPath
 * colour (Negative/Positive, or Negative/1+/2+/3+), the hot spot dashed, and a caption with the
 * index, the DAB threshold and the hot spot's index, for a pathologist to check the calls against
 * the stain.
 */
public final class Ki67Overlay {

    private Ki67Overlay() {}

    public static AnnotatedImage of(ScoredImage scored, CellLabels labels) {
        Ki67Result result = scored.result();
        PixelRegion region = scored.region();
        RegionPicture picture = new RegionPicture(scored.image(), region, 1);
        Ki67Report report = scored.report();
        return CellOverlay.of(
                picture,
                result.mpp(),
                Ki67Cells.of(result.cells(), labels, region.x(), region.y()),
                circles(report),
                caption(report, labels));
    }

    /**
     * A tiled run's cells (as written, read back) over its region's picture, shrunk for a whole
     * slide; {@code report} is the run's.
     */
    public static AnnotatedImage ofRun(RegionPicture picture, List<Cell> cells, Ki67Report report, CellLabels labels) {
        return CellOverlay.of(picture, report.provenance().slideMpp(), cells, circles(report), caption(report, labels));
    }

    private static List<DashedCircle> circles(Ki67Report report) {
        Hotspot h = report.hotspot();
        if (h == null) {
            return List.of();
        }
        return List.of(new DashedCircle(
                h.centreX(),
                h.centreY(),
                h.diameterUm() / 2 / report.provenance().slideMpp(),
                String.format(Locale.ROOT, "hot spot, %.0f µm", h.diameterUm())));
    }

    static String caption(Ki67Report r, CellLabels labels) {
        String hotspot = r.hotspot() == null
                ? ""
                : String.format(
                        Locale.ROOT,
                        "; hot spot (dashed, %.0f µm) %.1f%% of %d",
                        r.hotspot().diameterUm(),
                        r.hotspot().positivePercent(),
                        r.hotspot().cells());
        String score =
                labels == CellLabels.INTENSITY_BINS ? String.format(Locale.ROOT, ", H-score %.0f", r.hScore()) : "";
        PixelRegion region = new PixelRegion(r.region()[0], r.region()[1], r.region()[2], r.region()[3]);
        return String.format(
                Locale.ROOT,
                "%s, region %s (x,y,w,h): Ki67 %.1f%% (%d of %d nuclei positive, DAB mean ≥ %.3f OD)%s%s.",
                r.provenance().slideFile(),
                region,
                r.positivePercent(),
                r.positive(),
                r.cells(),
                r.thresholds().positive(),
                score,
                hotspot);
    }
}
