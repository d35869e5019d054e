package org.precis.embed.pipeline;

import java.util.Optional;
import org.precis.slide.SlideException;

/**
 * One tile read and turned into model input ({@code values}, in tensor order), or the reason it
 * could not be read.
 */
record TileRead(SlideTile tile, float[] values, Optional<SlideException> failure) {

    static TileRead of(SlideTile tile, float[] values) {
        return new TileRead(tile, values, Optional.empty());
    }

    static TileRead failed(SlideTile tile, SlideException cause) {
        return new TileRead(tile, null, Optional.of(cause));
    }
}
