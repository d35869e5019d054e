package org.precis.cells.ihc;

/**
 * A rectangle of a slide in level-0 pixels.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, pixels
 * @param height height, pixels
 */
public record ImageRegion(long x, long y, long width, long height) {

    public ImageRegion {
        if (x < 0 || y < 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException(
                    "region must have x, y >= 0 and a positive size: " + x + "," + y + "," + width + "," + height);
        }
    }

    /** Parses {@code X,Y,W,H}. */
    public static ImageRegion parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("region must be X,Y,W,H in level-0 pixels, not '" + text + "'");
        }
        long[] values = new long[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Long.parseLong(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("region must be X,Y,W,H in level-0 pixels, not '" + text + "'", e);
            }
        }
        return new ImageRegion(values[0], values[1], values[2], values[3]);
    }

    /** Whether the region lies wholly inside an image of this size. */
    public boolean within(long imageWidth, long imageHeight) {
        return x + width <= imageWidth && y + height <= imageHeight;
    }

    @Override
    public String toString() {
        return x + "," + y + "," + width + "," + height;
    }
}
