package org.precis.embed.pipeline;

import java.util.Objects;
import org.precis.imaging.grid.TileGrid;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * The one way a planned tile is read for a model, whether it is embedded into a bag
 * ({@link SlideEmbedding}) or classified for a heatmap: {@code tileSizePx} square at the grid's
 * resolution, read by the slide reader (which picks the best level and resamples it, or reads it
 * as stored when the level is within 0.5% of the resolution asked for).
 */
public final class SlideTiles {

    private final Slide slide;
    private final TileGrid grid;

    public SlideTiles(Slide slide, TileGrid grid) {
        this.slide = Objects.requireNonNull(slide, "slide");
        this.grid = Objects.requireNonNull(grid, "grid");
    }

    public TileGrid grid() {
        return grid;
    }

    /**
     * The tile's pixels.
     *
     * @throws SlideException if the slide's pixels under it cannot be read (a corrupt file tile)
     */
    public RgbImage read(SlideTile tile) throws SlideException {
        return slide.readRegion(grid.regionRequest(tile.tile()));
    }
}
