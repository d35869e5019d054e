package org.precis.imaging.stain;

/**
 * Per-pixel stain amounts of an image, in scikit-image's {@code rgb2hed} units (optical density
 * divided by {@code -log(1e-6)}), row by row. Immutable.
 */
public final class StainConcentrations {

    private final int width;
    private final int height;
    private final double[] values;

    /** Takes over {@code values}: three per pixel, in {@link Stain} order. */
    StainConcentrations(int width, int height, double[] values) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (values.length != 3L * width * height) {
            throw new IllegalArgumentException("expected " + 3L * width * height + " values, got " + values.length);
        }
        this.width = width;
        this.height = height;
        this.values = values;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double at(Stain stain, int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IllegalArgumentException("pixel (" + x + ", " + y + ") is outside " + width + "x" + height);
        }
        return values[3 * (y * width + x) + stain.ordinal()];
    }

    /** One stain's plane, row by row, as a new array. */
    public double[] channel(Stain stain) {
        double[] plane = new double[width * height];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = values[3 * i + stain.ordinal()];
        }
        return plane;
    }

    double valueAt(int index) {
        return values[index];
    }
}
