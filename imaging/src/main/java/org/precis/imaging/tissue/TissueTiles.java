package org.precis.imaging.tissue;

import java.util.ArrayList;
import java.util.List;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.grid.TileGrid;
import org.precis.imaging.grid.TileGridSpec;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;

/**
 * Tiles with tissue: a grid at a physical resolution (never a pyramid level) over the slide, and
 * the tiles whose tissue fraction on the mask reaches a threshold. The entry point for pipelines
 * that read tiles (embedding, training).
 */
public final class TissueTiles {

    private final TissueDetector detector;

    public TissueTiles(TissueDetector detector) {
        if (detector == null) {
            throw new IllegalArgumentException("a tissue detector is required");
        }
        this.detector = detector;
    }

    /** Default tissue detection (8 µm/px mask, pen marks left out). */
    public static TissueTiles withDefaults() {
        return new TissueTiles(new TissueDetector(TissueDetection.defaults()));
    }

    /** Tiles of a slide that states its pixel size; an {@link IllegalArgumentException} if it does not. */
    public TissueTileSelection select(Slide slide, TileGridSpec spec, double minTissueFraction) throws SlideException {
        double slideMpp = slide.pixelSize()
                .orElseThrow(() -> new IllegalArgumentException(
                        "slide " + slide.path() + " does not state its pixel" + " size; give its µm/px explicitly"))
                .mpp();
        return select(slide, slideMpp, spec, minTissueFraction);
    }

    /** Tiles of a slide whose level-0 µm/px is {@code slideMpp}. */
    public TissueTileSelection select(Slide slide, double slideMpp, TileGridSpec spec, double minTissueFraction)
            throws SlideException {
        return select(detector.detect(slide, slideMpp), slide.levels().get(0), spec, minTissueFraction);
    }

    /** Tiles over a mask already made for the slide whose level 0 is {@code base}. */
    public static TissueTileSelection select(
            TissueMask mask, SlideLevel base, TileGridSpec spec, double minTissueFraction) {
        if (!(minTissueFraction >= 0 && minTissueFraction <= 1)) {
            throw new IllegalArgumentException("minimum tissue fraction must be in [0, 1]: " + minTissueFraction);
        }
        TileGrid grid = spec.over(base.width(), base.height(), mask.slideMpp());
        List<TissueTile> kept = new ArrayList<>();
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                Tile tile = grid.tile(column, row);
                double fraction = mask.tissueFraction(tile);
                if (fraction >= minTissueFraction) {
                    kept.add(new TissueTile(tile, fraction));
                }
            }
        }
        return new TissueTileSelection(grid, mask, minTissueFraction, kept);
    }
}
