package org.precis.embed.pipeline;

import java.util.List;
import org.precis.embed.Encoder;
import org.precis.imaging.grid.TileGrid;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * Reads a tile from a slide at the grid's resolution (the slide reader picks the best level and
 * resamples) and builds its model input; a tile that cannot be read (a corrupt or truncated tile
 * in the file) comes back as a failure, not an exception, so that the other tiles go on.
 */
final class TileReader {

    private final Slide slide;
    private final TileGrid grid;
    private final Encoder encoder;

    TileReader(Slide slide, TileGrid grid, Encoder encoder) {
        this.slide = slide;
        this.grid = grid;
        this.encoder = encoder;
        int side = grid.tileSizePx();
        if (encoder.descriptor().inputWidth() != side || encoder.descriptor().inputHeight() != side) {
            throw new IllegalArgumentException("tiles of " + side + " px do not fit encoder "
                    + encoder.descriptor().name() + ", which takes " + encoder.descriptor().inputWidth() + "x"
                    + encoder.descriptor().inputHeight() + " px (" + encoder.descriptor().source() + ")");
        }
    }

    TileRead read(SlideTile tile) {
        try {
            return TileRead.of(tile, encoder.inputValues(List.of(slide.readRegion(grid.regionRequest(tile.tile())))));
        } catch (SlideException e) {
            return TileRead.failed(tile, e);
        }
    }
}
