package org.precis.report.cells;

import java.util.List;
import java.util.Locale;
import org.precis.cells.ihc.CellLabels;
import org.precis.cells.ihc.Ki67Cells;
import org.precis.cells.ihc.Ki67Result;
import org.precis.cells.ihc.ScoredImage;
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
        List<DashedCircle> circles = result.hotspot()
                .map(h -> List.of(new DashedCircle(
                        region.x() + h.centreX(),
                        region.y() + h.centreY(),
                        h.diameterUm() / 2 / result.mpp(),
                        String.format(Locale.ROOT, "hot spot, %.0f µm", h.diameterUm()))))
                .orElse(List.of());
        return CellOverlay.of(
                picture,
                result.mpp(),
                Ki67Cells.of(result.cells(), labels, region.x(), region.y()),
                circles,
                caption(scored, labels));
    }

    static String caption(ScoredImage scored, CellLabels labels) {
        Ki67Result result = scored.result();
        String hotspot = result.hotspot()
                .map(h -> String.format(
                        Locale.ROOT,
                        "; hot spot (dashed, %.0f µm) %.1f%% of %d",
                        h.diameterUm(),
                        h.positivePercent(),
                        h.cells()))
                .orElse("");
        String score = labels == CellLabels.INTENSITY_BINS
                ? String.format(Locale.ROOT, ", H-score %.0f", result.hScore())
                : "";
        return String.format(
                Locale.ROOT,
                "%s, region %s: Ki67 %.1f%% (%d of %d nuclei positive, DAB mean ≥ %.3f OD)%s%s.",
                java.nio.file.Path.of(scored.provenance().slideFile()).getFileName(),
                region(scored),
                result.positivePercent(),
                result.positive(),
                result.cells().size(),
                result.thresholds().positive(),
                score,
                hotspot);
    }

    private static String region(ScoredImage scored) {
        return scored.region() + " (x,y,w,h)";
    }
}
