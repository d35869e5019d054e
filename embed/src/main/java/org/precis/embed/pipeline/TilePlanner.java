package org.precis.embed.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.precis.imaging.grid.EdgeTiles;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.grid.TileGrid;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.imaging.tissue.TissueMask;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * Lays a grid of whole tiles at the target µm/px over a slide (tiles never reach past its edge,
 * as in CLAM) and keeps, row by row, those whose tissue fraction in the slide's tissue mask is at
 * least the minimum. A slide that does not state its pixel size is read at the fallback µm/px
 * given to the planner, if any.
 */
public final class TilePlanner {

    private final TissueDetector detector;
    private final Optional<Double> fallbackSlideMpp;

    /** A planner for slides that state their pixel size. */
    public TilePlanner(TissueDetector detector) {
        this(detector, Optional.empty());
    }

    /** @param fallbackSlideMpp level-0 µm/px of slides that do not state theirs (a stated one wins) */
    public TilePlanner(TissueDetector detector, Optional<Double> fallbackSlideMpp) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.fallbackSlideMpp = Objects.requireNonNull(fallbackSlideMpp, "fallbackSlideMpp");
        if (fallbackSlideMpp.isPresent() && !(fallbackSlideMpp.get() > 0 && Double.isFinite(fallbackSlideMpp.get()))) {
            throw new IllegalArgumentException("slide µm/px must be positive and finite: " + fallbackSlideMpp.get());
        }
    }

    /**
     * @throws IllegalArgumentException if the slide does not state its pixel size
     * @throws SlideException if the low-resolution view for the tissue mask cannot be read
     */
    public TilePlan plan(Slide slide, TileSpec spec) throws SlideException {
        double slideMpp = slide.pixelSize().map(size -> size.mpp()).or(() -> fallbackSlideMpp)
                .orElseThrow(() -> new IllegalArgumentException(slide.path() + ": the slide does not state its pixel"
                        + " size; give its level-0 µm/px"));
        TileGrid grid = TileGrid.over(slide, slideMpp, spec.tileSizePx(), spec.targetMpp(), EdgeTiles.WHOLE_ONLY);
        TissueMask mask = detector.detect(slide, grid.slideMpp());
        List<SlideTile> kept = new ArrayList<>();
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                Tile tile = grid.tile(column, row);
                double fraction = mask.tissueFraction(tile);
                if (fraction >= spec.minTissueFraction()) {
                    kept.add(new SlideTile(tile, fraction));
                }
            }
        }
        return new TilePlan(grid, kept);
    }
}
