package org.precis.embed.pipeline;

import java.util.Optional;
import org.precis.slide.SlideException;

/**
 * One tile read into its slot of a batch's model input, or the reason it could not be read (its
 * slot is then left as it was).
 */
record TileRead(SlideTile tile, Optional<SlideException> failure) {

    static TileRead of(SlideTile tile) {
        return new TileRead(tile, Optional.empty());
    }

    static TileRead failed(SlideTile tile, SlideException cause) {
        return new TileRead(tile, Optional.of(cause));
    }
}
