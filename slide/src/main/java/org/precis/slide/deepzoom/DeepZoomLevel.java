package org.precis.slide.deepzoom;

/**
 * One level of a Deep Zoom pyramid: level 0 is 1x1 pixel, the last is the slide at full
 * resolution.
 *
 * @param index   0 for the smallest
 * @param width   pixels across
 * @param height  pixels down
 * @param columns tiles across
 * @param rows    tiles down
 */
public record DeepZoomLevel(int index, long width, long height, long columns, long rows) {

    public DeepZoomLevel {
        if (index < 0 || width < 1 || height < 1 || columns < 1 || rows < 1) {
            throw new IllegalArgumentException("invalid Deep Zoom level " + index + ": " + width + "x" + height
                    + " pixels, " + columns + "x" + rows + " tiles");
        }
    }

    /** Tiles in this level. */
    public long tileCount() {
        return columns * rows;
    }
}
