package org.precis.imaging.stain;

import org.precis.slide.RgbImage;

/** An RGB raster with channel values in [0, 1], pixels interleaved row by row. Immutable. */
public final class FloatRgbImage {

    private final int width;
    private final int height;
    private final double[] rgb;

    /** Takes over {@code rgb}. */
    FloatRgbImage(int width, int height, double[] rgb) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (rgb.length != 3L * width * height) {
            throw new IllegalArgumentException("expected " + 3L * width * height + " values, got " + rgb.length);
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Channel 0 (red), 1 (green) or 2 (blue) of one pixel. */
    public double at(int x, int y, int channel) {
        if (x < 0 || x >= width || y < 0 || y >= height || channel < 0 || channel > 2) {
            throw new IllegalArgumentException(
                    "no channel " + channel + " at (" + x + ", " + y + ") in " + width + "x" + height);
        }
        return rgb[3 * (y * width + x) + channel];
    }

    /** Rounded half to even to 8 bits, as {@code skimage.util.img_as_ubyte} does for values in [0, 1]. */
    public RgbImage toRgbImage() {
        byte[] bytes = new byte[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            bytes[i] = (byte) Math.rint(rgb[i] * 255);
        }
        return new RgbImage(width, height, bytes);
    }
}
