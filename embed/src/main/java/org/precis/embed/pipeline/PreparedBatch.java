package org.precis.embed.pipeline;

import java.util.List;
import org.precis.slide.SlideException;

/**
 * A batch read and turned into model input: the tiles that were read, their values in tensor
 * order ({@code null} when none was read), and the tiles that could not be read, with why.
 */
record PreparedBatch(List<SlideTile> tiles, float[] values, List<Skipped> skipped) {

    record Skipped(SlideTile tile, SlideException cause) {
    }

    int size() {
        return tiles.size() + skipped.size();
    }
}
