package org.precis.embed.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.precis.slide.SlideException;

/**
 * Tiles read for one model run: the model input of those that were read, one after the other,
 * and the tiles that could not be read, with why.
 */
record InputBatch(List<SlideTile> tiles, float[] values, List<TileRead> failed) {

    /**
     * The batch of {@code reads}, whose values were written into {@code slots} (read {@code i}
     * at {@code i * valuesPerTile}). When every tile was read and the slots are exactly filled,
     * the slots are the values, not copied; otherwise the read tiles' slots are joined into a new
     * array. {@code values} is {@code null} when no tile was read.
     */
    static InputBatch of(List<TileRead> reads, float[] slots, int valuesPerTile) {
        List<SlideTile> tiles = new ArrayList<>(reads.size());
        List<TileRead> failed = new ArrayList<>();
        for (TileRead read : reads) {
            if (read.failure().isPresent()) {
                failed.add(read);
            } else {
                tiles.add(read.tile());
            }
        }
        float[] values;
        if (tiles.isEmpty()) {
            values = null;
        } else if (failed.isEmpty() && slots.length == Math.multiplyExact(tiles.size(), valuesPerTile)) {
            values = slots;
        } else {
            values = new float[Math.multiplyExact(tiles.size(), valuesPerTile)];
            int offset = 0;
            for (int i = 0; i < reads.size(); i++) {
                if (reads.get(i).failure().isEmpty()) {
                    System.arraycopy(slots, i * valuesPerTile, values, offset, valuesPerTile);
                    offset += valuesPerTile;
                }
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
