package org.precis.embed.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.precis.embed.Encoder;
import org.precis.imaging.grid.TileGrid;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * Reads a batch of tiles from a slide and builds the model input; a tile that cannot be read
 * (a corrupt or truncated file tile) is set aside with its exception, the rest go on.
 */
final class BatchReader {

    private final Slide slide;
    private final TileGrid grid;
    private final Encoder encoder;

    BatchReader(Slide slide, TileGrid grid, Encoder encoder) {
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

    /** Reads {@code tiles} unless {@code stopped} turns true, which leaves the rest unread. */
    PreparedBatch read(List<SlideTile> tiles, BooleanSupplier stopped) {
        List<SlideTile> read = new ArrayList<>(tiles.size());
        List<RgbImage> images = new ArrayList<>(tiles.size());
        List<PreparedBatch.Skipped> skipped = new ArrayList<>();
        for (SlideTile tile : tiles) {
            if (stopped.getAsBoolean()) {
                break;
            }
            try {
                images.add(slide.readRegion(grid.regionRequest(tile.tile())));
                read.add(tile);
            } catch (SlideException e) {
                skipped.add(new PreparedBatch.Skipped(tile, e));
            }
        }
        float[] values = images.isEmpty() ? null : encoder.inputValues(images);
        return new PreparedBatch(List.copyOf(read), values, List.copyOf(skipped));
    }
}
