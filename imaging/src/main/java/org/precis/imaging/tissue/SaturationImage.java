package org.precis.imaging.tissue;

import org.precis.slide.RgbImage;

/**
 * HSV saturation of an 8-bit image as scikit-image's {@code rgb2hsv}: {@code (max - min) / max}
 * of the channels scaled to [0, 1] as {@code img_as_float} does (times 1/255), and 0 where the
 * pixel is grey. Row by row. Immutable.
 */
public final class SaturationImage {

    private final int width;
    private final int height;
    private final double[] values;

    private SaturationImage(int width, int height, double[] values) {
        this.width = width;
        this.height = height;
        this.values = values;
    }

    public static SaturationImage of(RgbImage image) {
        byte[] rgb = image.rgb();
        double[] values = new double[image.width() * image.height()];
        for (int i = 0; i < values.length; i++) {
            int red = rgb[3 * i] & 0xff;
            int green = rgb[3 * i + 1] & 0xff;
            int blue = rgb[3 * i + 2] & 0xff;
            double max = Math.max(red, Math.max(green, blue)) * (1.0 / 255);
            double min = Math.min(red, Math.min(green, blue)) * (1.0 / 255);
            double delta = max - min;
            values[i] = delta == 0 ? 0 : delta / max;
        }
        return new SaturationImage(image.width(), image.height(), values);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double at(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IllegalArgumentException("pixel (" + x + ", " + y + ") is outside " + width + "x" + height);
        }
        return values[y * width + x];
    }

    /** Otsu's threshold of the saturation values. */
    public OtsuThreshold otsu() {
        return OtsuThreshold.of(values);
    }

    /** Otsu's threshold of the saturation values of the pixels not {@code excluded} (all if none is left). */
    public OtsuThreshold otsu(boolean[] excluded) {
        if (excluded.length != values.length) {
            throw new IllegalArgumentException(
                    "expected " + values.length + " exclusion flags, got " + excluded.length);
        }
        double[] kept = new double[values.length];
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (!excluded[i]) {
                kept[count++] = values[i];
            }
        }
        return count == 0 ? otsu() : OtsuThreshold.of(java.util.Arrays.copyOf(kept, count));
    }

    /** Pixels whose saturation is above {@code threshold}, row by row, as a new array. */
    public boolean[] above(double threshold) {
        boolean[] mask = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            mask[i] = values[i] > threshold;
        }
        return mask;
    }
}
