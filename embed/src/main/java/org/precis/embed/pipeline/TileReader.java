package org.precis.embed.pipeline;

import org.precis.embed.Encoder;
import org.precis.imaging.grid.TileGrid;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * Reads a tile as {@link SlideTiles} does and writes its model input (the encoder's
 * {@link Encoder#inputValues}, as for any other image) into a batch's slot; a tile that cannot
 * be read (a corrupt or truncated tile in the file) comes back as a failure, not an exception, so
 * that the other tiles go on.
 */
final class TileReader {

    private final SlideTiles tiles;
    private final TileGrid grid;
    private final Encoder encoder;

    TileReader(Slide slide, TileGrid grid, Encoder encoder) {
        this.tiles = new SlideTiles(slide, grid);
        this.grid = grid;
        this.encoder = encoder;
        int side = grid.tileSizePx();
        if (encoder.descriptor().inputWidth() != side || encoder.descriptor().inputHeight() != side) {
            throw new IllegalArgumentException("tiles of " + side + " px do not fit encoder "
                    + encoder.descriptor().name() + ", which takes "
                    + encoder.descriptor().inputWidth() + "x"
                    + encoder.descriptor().inputHeight() + " px ("
                    + encoder.descriptor().source() + ")");
        }
    }

    /** Values one tile's model input takes. */
    int valuesPerTile() {
        return 3 * grid.tileSizePx() * grid.tileSizePx();
    }

    /** Reads a tile and writes its model input into {@code values} from {@code offset} on. */
    TileRead read(SlideTile tile, float[] values, int offset) {
        try {
            encoder.inputValues(tiles.read(tile), values, offset);
            return TileRead.of(tile);
        } catch (SlideException e) {
            return TileRead.failed(tile, e);
        }
    }
}
