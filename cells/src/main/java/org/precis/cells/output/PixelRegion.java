package org.precis.cells.output;

/**
 * A rectangle of level-0 pixels: top-left corner and size.
 *
 * @param x left edge
 * @param y top edge
 * @param width columns
 * @param height rows
 */
public record PixelRegion(long x, long y, long width, long height) {

    public PixelRegion {
        if (x < 0 || y < 0) {
            throw new IllegalArgumentException("region corner must not be negative: " + x + "," + y);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("region size must be positive: " + width + "x" + height);
        }
    }

    /** Whether the region lies within an image of {@code imageWidth} x {@code imageHeight} pixels. */
    public boolean within(long imageWidth, long imageHeight) {
        return x + width <= imageWidth && y + height <= imageHeight;
    }

    /** {@code X,Y,W,H}, as {@code --region} takes it. */
    @Override
    public String toString() {
        return x + "," + y + "," + width + "," + height;
    }
}
