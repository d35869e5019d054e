package org.precis.slide.openslide;

import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLimitException;
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
record OpenSlideLevel(
        OpenSlideHandle handle, int level, long width, long height, double downsample, int tileWidth, int tileHeight)
        implements LevelTiles {

    @Override
    public RgbImage decodeTile(long column, long row) throws SlideException {
        long left = column * tileWidth;
        long top = row * tileHeight;
        if (column < 0 || row < 0 || left >= width || top >= height) {
            throw new IllegalArgumentException(
                    "tile (" + column + ", " + row + ") lies outside level " + level + " of " + width + "x" + height);
        }
        // only the part inside the level: OpenSlide would return transparent pixels beyond it
        int readWidth = (int) Math.min(tileWidth, width - left);
        int readHeight = (int) Math.min(tileHeight, height - top);
        return handle.readRegion(
                new TileLocation(level, column, row),
                Math.round(left * downsample),
                Math.round(top * downsample),
                level,
                readWidth,
                readHeight,
                (long) tileWidth * tileHeight);
    }

    /**
     * A region exactly as {@code openslide_read_region} returns it, {@code x} and {@code y} in
     * level-0 pixels: one native call when it fits in a virtual tile's pixel count, else pieces
     * of at most that many pixels, placed the way OpenSlide places its own pieces of a large
     * read (level-0 corner {@code x + offset * downsample}, truncated).
     */
    RgbImage region(long x, long y, int regionWidth, int regionHeight) throws SlideException {
        long budget = (long) tileWidth * tileHeight;
        int pieceWidth = (int) Math.min(regionWidth, budget);
        int pieceHeight = (int) Math.max(1, Math.min(regionHeight, budget / pieceWidth));
        if (pieceWidth == regionWidth && pieceHeight == regionHeight) {
            return handle.readRegion(null, x, y, level, regionWidth, regionHeight, budget);
        }
        long bytes = 3L * regionWidth * regionHeight;
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new SlideLimitException(
                    handle.path(),
                    "a region of " + regionWidth + "x" + regionHeight + " pixels is too large for one image");
        }
        byte[] out = new byte[(int) bytes];
        for (int top = 0; top < regionHeight; top += pieceHeight) {
            int h = Math.min(pieceHeight, regionHeight - top);
            for (int left = 0; left < regionWidth; left += pieceWidth) {
                int w = Math.min(pieceWidth, regionWidth - left);
                RgbImage piece = handle.readRegion(
                        null, (long) (x + left * downsample), (long) (y + top * downsample), level, w, h, budget);
                for (int row = 0; row < h; row++) {
                    System.arraycopy(piece.rgb(), 3 * row * w, out, 3 * ((top + row) * regionWidth + left), 3 * w);
                }
            }
        }
        return new RgbImage(regionWidth, regionHeight, out);
    }
}
