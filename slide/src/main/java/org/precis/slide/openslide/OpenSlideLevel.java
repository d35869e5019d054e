package org.precis.slide.openslide;

import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;
import org.precis.slide.TileLocation;
import org.precis.slide.spi.LevelTiles;

/**
 * One OpenSlide level cut into virtual tiles, each read with {@code openslide_read_region}, so
 * that the shared base can cache and assemble them like a TIFF reader's tiles.
 *
 * <p>OpenSlide takes the corner of a read in level-0 pixels and divides it by <em>its</em>
 * downsample for the level, so the corner is computed with that downsample, not with the
 * base's. Where that quotient is not a whole number OpenSlide shifts the tile by the fraction
 * (Cairo interpolates); rounding to the nearest level-0 pixel keeps the shift under half a
 * level-0 pixel, which is what any OpenSlide client gets.
 *
 * @param level      index in OpenSlide
 * @param downsample OpenSlide's downsample for the level
 */
record OpenSlideLevel(OpenSlideHandle handle, int level, long width, long height, double downsample, int tileWidth,
        int tileHeight) implements LevelTiles {

    @Override
    public RgbImage decodeTile(long column, long row) throws SlideException {
        long left = column * tileWidth;
        long top = row * tileHeight;
        if (column < 0 || row < 0 || left >= width || top >= height) {
            throw new IllegalArgumentException("tile (" + column + ", " + row + ") lies outside level " + level
                    + " of " + width + "x" + height);
        }
        // only the part inside the level: OpenSlide would return transparent pixels beyond it
        int readWidth = (int) Math.min(tileWidth, width - left);
        int readHeight = (int) Math.min(tileHeight, height - top);
        return handle.readRegion(new TileLocation(level, column, row), Math.round(left * downsample),
                Math.round(top * downsample), level, readWidth, readHeight, (long) tileWidth * tileHeight);
    }
}
