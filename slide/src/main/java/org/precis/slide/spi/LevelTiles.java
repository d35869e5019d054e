package org.precis.slide.spi;

import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/** How a reader decodes one level: a regular grid of tiles, each decoded on its own. */
public interface LevelTiles {

    long width();

    long height();

    int tileWidth();

    int tileHeight();

    /**
     * Decodes one tile. The result may be larger than the part of the level it covers (padded
     * edge tiles) but not smaller than that part.
     */
    RgbImage decodeTile(long column, long row) throws SlideException;

    /**
     * The largest {@code reduction} {@link #decodeTile(long, long, int)} accepts: 0 when tiles
     * decode only at full size.
     */
    default int maxReduction() {
        return 0;
    }

    /**
     * Decodes one tile at {@code 1 / 2^reduction} of its size, each side
     * {@code ceil(side / 2^reduction)}, by a codec that computes the smaller image directly
     * (JPEG's scaled inverse DCT, JPEG 2000's lower wavelet resolutions): far cheaper than
     * decoding it whole and averaging it down, and close to that but not bit-identical.
     *
     * @throws IllegalArgumentException if {@code reduction} is outside 0..{@link #maxReduction()}
     */
    default RgbImage decodeTile(long column, long row, int reduction) throws SlideException {
        if (reduction != 0) {
            throw new IllegalArgumentException("this level's tiles decode only at full size");
        }
        return decodeTile(column, row);
    }
}
