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
}
