package org.precis.embed.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.precis.slide.SlideException;

/**
 * Tiles read for one model run: the model input of those that were read, one after the other,
 * and the tiles that could not be read, with why.
 */
record InputBatch(List<SlideTile> tiles, float[] values, List<TileRead> failed) {

    /** Joins the reads' values in order; {@code values} is {@code null} when no tile was read. */
    static InputBatch of(List<TileRead> reads) {
        List<SlideTile> tiles = new ArrayList<>(reads.size());
        List<TileRead> failed = new ArrayList<>();
        int length = 0;
        for (TileRead read : reads) {
            if (read.failure().isPresent()) {
                failed.add(read);
            } else {
                tiles.add(read.tile());
                length = Math.addExact(length, read.values().length);
            }
        }
        float[] values = tiles.isEmpty() ? null : new float[length];
        int offset = 0;
        for (TileRead read : reads) {
            if (read.failure().isEmpty()) {
                System.arraycopy(read.values(), 0, values, offset, read.values().length);
                offset += read.values().length;
            }
        }
        return new InputBatch(List.copyOf(tiles), values, List.copyOf(failed));
    }

    int size() {
        return tiles.size() + failed.size();
    }

    SlideException failure(int index) {
        return failed.get(index).failure().orElseThrow();
    }
}
