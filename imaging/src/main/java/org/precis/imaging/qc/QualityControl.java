package org.precis.imaging.qc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.precis.imaging.grid.EdgeTiles;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.grid.TileGrid;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.tissue.LowResolutionView;
import org.precis.imaging.tissue.PenInk;
import org.precis.imaging.tissue.PenMarks;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.imaging.tissue.TissueMask;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;

/**
 * Quality control of one slide, kept fast by reading little: the mask and pen marks come from one
 * low-resolution view (8 µm/px by default), focus from at most {@link FocusSettings#maxTiles()}
 * tiles at a moderate resolution, stain statistics from the view's tissue pixels.
 */
public final class QualityControl {

    private final QcSettings settings;

    public QualityControl(QcSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("quality control settings are required");
        }
        this.settings = settings;
    }

    public QcSettings settings() {
        return settings;
    }

    /** Quality of a slide whose level-0 µm/px is {@code slideMpp} (stated by it or given by the caller). */
    public SlideQuality assess(Slide slide, double slideMpp) throws SlideException {
        LowResolutionView view =
                LowResolutionView.read(slide, slideMpp, settings.tissue().maskMpp());
        PenMarks pen = PenMarks.find(view.image(), settings.penMarks());
        TissueMask detected = new TissueDetector(settings.tissue(), settings.penMarks())
                .detect(view.image(), view.mpp(), slideMpp, pen);
        SlideLevel base = slide.levels().get(0);
        double focusMpp = Math.max(settings.focus().mpp(), slideMpp);
        List<FocusTile> focusTiles = checkFocus(slide, detected, base, slideMpp, focusMpp);
        List<Tile> blurred = new ArrayList<>();
        double[] sharpness = new double[focusTiles.size()];
        for (int i = 0; i < focusTiles.size(); i++) {
            FocusTile checked = focusTiles.get(i);
            sharpness[i] = checked.laplacianVariance();
            if (checked.outOfFocus()) {
                blurred.add(checked.tile());
            }
        }
        TissueMask usable = detected.excluding(blurred);
        List<Polygon> outlines = usable.outlines();
        double pixelMm2 = view.mpp() * view.mpp() / 1e6;
        PenAreas penAreas = PenAreas.of(
                pen.pixels(PenInk.BLUE) * pixelMm2,
                pen.pixels(PenInk.GREEN) * pixelMm2,
                pen.pixels(PenInk.BLACK) * pixelMm2);
        Arrays.sort(sharpness);
        QualityReport report = new QualityReport(
                slideMpp,
                view.mpp(),
                usable.width(),
                usable.height(),
                usable.tissueAreaMm2Within(base.width(), base.height()),
                detected.tissueAreaMm2Within(base.width(), base.height()),
                outlines.size(),
                focusMpp,
                focusTiles.size(),
                blurred.size(),
                focusTiles.isEmpty() ? 0 : (double) blurred.size() / focusTiles.size(),
                sharpness.length == 0 ? 0 : StainStatistics.percentile(sharpness, 50),
                penAreas,
                StainStatistics.over(view.image(), usable.raster()));
        return new SlideQuality(usable, outlines, pen, focusTiles, report);
    }

    /** Measures an evenly spread sample of the tissue tiles, in row order. */
    private List<FocusTile> checkFocus(Slide slide, TissueMask mask, SlideLevel base, double slideMpp, double focusMpp)
            throws SlideException {
        FocusSettings focus = settings.focus();
        double tileLevel0 = focus.tileSizePx() * focusMpp / slideMpp;
        if (tileLevel0 > base.width() || tileLevel0 > base.height()) {
            return List.of();
        }
        TileGrid grid = TileGrid.covering(
                base.width(), base.height(), slideMpp, focus.tileSizePx(), focusMpp, EdgeTiles.WHOLE_ONLY);
        List<Tile> candidates = mask.tilesWithTissue(grid, focus.minTissueFraction());
        int count = Math.min(candidates.size(), focus.maxTiles());
        List<FocusTile> checked = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Tile tile = candidates.get((int) ((long) k * candidates.size() / count));
            RgbImage pixels = slide.readRegion(grid.regionRequest(tile));
            double variance = LaplacianVariance.of(pixels);
            checked.add(new FocusTile(tile, variance, variance < focus.blurThreshold()));
        }
        return checked;
    }
}
