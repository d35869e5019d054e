package org.precis.embed.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.imaging.grid.EdgeTiles;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.grid.TileGrid;
import org.precis.imaging.provenance.SlidePixelSize;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.imaging.tissue.TissueMask;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;

/**
 * Lays a grid of whole tiles at the target µm/px over a slide (tiles never reach past its edge,
 * as in CLAM) and keeps, row by row, those whose tissue fraction in the slide's tissue mask is at
 * least the minimum (on a damaged slide, also those over parts of the mask that could not be
 * read). The slide's level-0 µm/px is the one given to the planner when there is one (it wins
 * over the file's own, which may be wrong), else the one the file states.
 */
public final class TilePlanner {

    /** Side of the blocks a damaged slide's mask is read in, level-0 pixels: about one file tile. */
    private static final double BLOCK_LEVEL0_PX = 256;

    private final TissueDetector detector;
    private final Optional<Double> givenSlideMpp;

    /** A planner for slides that state their pixel size. */
    public TilePlanner(TissueDetector detector) {
        this(detector, Optional.empty());
    }

    /** @param givenSlideMpp level-0 µm/px given by the user; it wins over the one the slide states */
    public TilePlanner(TissueDetector detector, Optional<Double> givenSlideMpp) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.givenSlideMpp = Objects.requireNonNull(givenSlideMpp, "givenSlideMpp");
        if (givenSlideMpp.isPresent() && !(givenSlideMpp.get() > 0 && Double.isFinite(givenSlideMpp.get()))) {
            throw new IllegalArgumentException("slide µm/px must be positive and finite: " + givenSlideMpp.get());
        }
    }

    /**
     * @throws SlideException if the slide does not state its pixel size and none was given
     * @throws SlideException if no part of the low-resolution view for the tissue mask can be read
     */
    public TilePlan plan(Slide slide, TileSpec spec) throws SlideException {
        double slideMpp = SlidePixelSize.of(
                        slide,
                        givenSlideMpp.map(OptionalDouble::of).orElseGet(OptionalDouble::empty),
                        "give its level-0 µm/px")
                .mpp();
        TileGrid grid = TileGrid.over(slide, slideMpp, spec.tileSizePx(), spec.targetMpp(), EdgeTiles.WHOLE_ONLY);
        List<Tile> unreadable = new ArrayList<>();
        TissueMask mask = mask(slide, grid.slideMpp(), unreadable);
        List<SlideTile> kept = new ArrayList<>();
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                Tile tile = grid.tile(column, row);
                double fraction = mask.tissueFraction(tile);
                if (fraction >= spec.minTissueFraction() || unreadable.stream().anyMatch(area -> overlap(tile, area))) {
                    kept.add(new SlideTile(tile, fraction));
                }
            }
        }
        return new TilePlan(grid, kept);
    }

    private static boolean overlap(Tile a, Tile b) {
        return a.x() < b.x() + b.width()
                && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    /**
     * The slide's tissue mask; when the low-resolution view cannot be read whole (a corrupt tile
     * in a slide without a pyramid), it is read again in blocks of about one file tile. A block
     * that cannot be read is background in the mask and its level-0 area is added to
     * {@code unreadable}: the tiles over it are tried all the same, and counted as skipped if
     * they cannot be read, so that one bad tile costs its own area and is reported, not the slide.
     */
    private TissueMask mask(Slide slide, double slideMpp, List<Tile> unreadable) throws SlideException {
        try {
            return detector.detect(slide, slideMpp);
        } catch (SlideException e) {
            double maskMpp = Math.max(detector.settings().maskMpp(), slideMpp);
            double downsample = maskMpp / slideMpp;
            SlideLevel base = slide.levels().get(0);
            int width = (int) Math.max(1, Math.ceil(base.width() / downsample));
            int height = (int) Math.max(1, Math.ceil(base.height() / downsample));
            int block = (int) Math.max(1, Math.round(BLOCK_LEVEL0_PX / downsample));
            byte[] view = new byte[Math.multiplyExact(3, Math.multiplyExact(width, height))];
            Arrays.fill(view, (byte) 255);
            int readable = 0;
            for (int top = 0; top < height; top += block) {
                for (int left = 0; left < width; left += block) {
                    int w = Math.min(block, width - left);
                    int h = Math.min(block, height - top);
                    RgbImage part;
                    try {
                        part = slide.readRegion(new RegionRequest(
                                Math.round(left * downsample),
                                Math.round(top * downsample),
                                w,
                                h,
                                Resolution.downsample(downsample)));
                    } catch (SlideException failed) {
                        long x = Math.round(left * downsample);
                        long y = Math.round(top * downsample);
                        unreadable.add(new Tile(
                                left / block,
                                top / block,
                                x,
                                y,
                                Math.max(1, Math.round((left + w) * downsample) - x),
                                Math.max(1, Math.round((top + h) * downsample) - y)));
                        continue;
                    }
                    readable++;
                    for (int row = 0; row < h; row++) {
                        System.arraycopy(part.rgb(), 3 * row * w, view, 3 * ((top + row) * width + left), 3 * w);
                    }
                }
            }
            if (readable == 0) {
                throw e;
            }
            return detector.detect(new RgbImage(width, height, view), maskMpp, slideMpp);
        }
    }
}
