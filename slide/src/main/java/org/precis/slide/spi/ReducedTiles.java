package org.precis.slide.spi;

import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/**
 * A level as its codec decodes it at {@code 1 / 2^reduction} of its size: a grid of tiles
 * {@code 2^reduction} times smaller, whose pixel {@code i} stands for the level's pixels
 * {@code i * 2^reduction} to {@code (i + 1) * 2^reduction - 1}. Only for levels whose tile sides
 * are multiples of {@code 2^reduction}, so that every tile shrinks to a whole number of pixels.
 */
record ReducedTiles(LevelTiles level, int reduction) implements LevelTiles {

    ReducedTiles {
        int factor = 1 << reduction;
        if (reduction < 1
                || reduction > level.maxReduction()
                || level.tileWidth() % factor != 0
                || level.tileHeight() % factor != 0) {
            throw new IllegalArgumentException(
                    "cannot reduce tiles of " + level.tileWidth() + "x" + level.tileHeight() + " px by 2^" + reduction);
        }
    }

    @Override
    public long width() {
        return ceilShift(level.width());
    }

    @Override
    public long height() {
        return ceilShift(level.height());
    }

    @Override
    public int tileWidth() {
        return level.tileWidth() >> reduction;
    }

    @Override
    public int tileHeight() {
        return level.tileHeight() >> reduction;
    }

    @Override
    public RgbImage decodeTile(long column, long row) throws SlideException {
        return level.decodeTile(column, row, reduction);
    }

    private long ceilShift(long size) {
        return (size + (1L << reduction) - 1) >> reduction;
    }
}
