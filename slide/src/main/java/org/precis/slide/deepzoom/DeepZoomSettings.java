package org.precis.slide.deepzoom;

/**
 * How a slide is cut into Deep Zoom tiles.
 *
 * @param tileSize side of a tile in pixels, without its overlap
 * @param overlap  pixels added to each inner edge of a tile
 * @param bounds   the whole slide, or only the non-empty region the slide states
 *                 (OpenSlide's {@code limit_bounds})
 * @param format   how tiles are compressed
 * @param quality  JPEG quality, 1 to 100 (kept for PNG, which ignores it)
 */
public record DeepZoomSettings(int tileSize, int overlap, Bounds bounds, TileFormat format, int quality) {

    /** Largest tile side with its overlap: bounds the memory of one tile and its read. */
    public static final int MAX_TILE_SIDE = 4096;

    /** Which part of the slide the pyramid covers. */
    public enum Bounds {
        /** All of level 0 (OpenSlide's {@code limit_bounds=False}, its default). */
        WHOLE_SLIDE,
        /**
         * Only the region the slide's {@code openslide.bounds-x/y/width/height} properties state
         * (OpenSlide's {@code limit_bounds=True}); the whole slide where it states none.
         */
        STATED_BOUNDS
    }

    public DeepZoomSettings {
        if (tileSize < 1) {
            throw new IllegalArgumentException("Deep Zoom tile size must be at least 1 pixel: " + tileSize);
        }
        if (overlap < 0) {
            throw new IllegalArgumentException("Deep Zoom overlap must be >= 0: " + overlap);
        }
        if ((long) tileSize + 2L * overlap > MAX_TILE_SIDE) {
            throw new IllegalArgumentException("Deep Zoom tile of " + tileSize + " px with " + overlap
                    + " px overlap is larger than " + MAX_TILE_SIDE + " px");
        }
        if (bounds == null || format == null) {
            throw new IllegalArgumentException("Deep Zoom bounds and format are required");
        }
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("Deep Zoom JPEG quality must be 1 to 100: " + quality);
        }
    }

    /**
     * OpenSlide's defaults: 254-px tiles, 1-px overlap, the whole slide, JPEG at quality 75 (what
     * openslide-python's deepzoom server sends).
     */
    public static DeepZoomSettings openSlideDefaults() {
        return new DeepZoomSettings(254, 1, Bounds.WHOLE_SLIDE, TileFormat.JPEG, 75);
    }

    public DeepZoomSettings withBounds(Bounds value) {
        return new DeepZoomSettings(tileSize, overlap, value, format, quality);
    }

    public DeepZoomSettings withFormat(TileFormat value) {
        return new DeepZoomSettings(tileSize, overlap, bounds, value, quality);
    }

    public DeepZoomSettings withQuality(int value) {
        return new DeepZoomSettings(tileSize, overlap, bounds, format, value);
    }
}
