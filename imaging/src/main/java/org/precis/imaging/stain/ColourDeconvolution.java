package org.precis.imaging.stain;

import org.precis.slide.RgbImage;

/**
 * Ruifrok–Johnston colour deconvolution, computed as scikit-image's {@code separate_stains} and
 * {@code combine_stains}: intensities scaled to [0, 1] as {@code img_as_float} does (times 1/255,
 * which differs from dividing by 255 in the last bit), floored at 1e-6; optical density is the natural
 * log divided by {@code log(1e-6)} (so 1 means the darkest representable pixel), multiplied by the
 * inverse stain matrix and clipped below at 0.
 */
public final class ColourDeconvolution {

    /** The floor on intensities that keeps the logarithm finite, as scikit-image. */
    public static final double INTENSITY_FLOOR = 1e-6;

    private static final double LOG_ADJUST = Math.log(INTENSITY_FLOOR);

    private final StainMatrix matrix;

    public ColourDeconvolution(StainMatrix matrix) {
        if (matrix == null) {
            throw new IllegalArgumentException("stain matrix is required");
        }
        this.matrix = matrix;
    }

    /** Haematoxylin, eosin and DAB, as {@code skimage.color.rgb2hed}. */
    public static ColourDeconvolution haematoxylinEosinDab() {
        return new ColourDeconvolution(StainMatrix.HAEMATOXYLIN_EOSIN_DAB);
    }

    /** Optical density of each 8-bit intensity, as {@link #separate} scales it. */
    private static double[] logByValue() {
        double[] logByValue = new double[256];
        for (int value = 0; value < 256; value++) {
            logByValue[value] = Math.log(Math.max(value * (1.0 / 255), INTENSITY_FLOOR)) / LOG_ADJUST;
        }
        return logByValue;
    }

    /**
     * Each 8-bit intensity's contribution to one stain's amount, one table a channel: the optical
     * density times the channel's entry of the inverse stain matrix (the same products as {@link
     * #separate}, summed in the same order by the callers).
     */
    private double[][] contributions(Stain stain) {
        double[] logByValue = logByValue();
        double[][] tables = new double[3][256];
        for (int channel = 0; channel < 3; channel++) {
            double factor = matrix.stainFromRgb(channel, stain.ordinal());
            for (int value = 0; value < 256; value++) {
                tables[channel][value] = logByValue[value] * factor;
            }
        }
        return tables;
    }

    /** One stain's amount at every pixel, row by row: the same numbers as {@link #separate}. */
    public double[] amounts(RgbImage image, Stain stain) {
        double[][] tables = contributions(stain);
        double[] red = tables[0];
        double[] green = tables[1];
        double[] blue = tables[2];
        byte[] rgb = image.rgb();
        double[] out = new double[image.width() * image.height()];
        for (int p = 0, i = 0; p < out.length; p++, i += 3) {
            double amount = red[rgb[i] & 0xff] + green[rgb[i + 1] & 0xff] + blue[rgb[i + 2] & 0xff];
            out[p] = Math.max(amount, 0);
        }
        return out;
    }

    /**
     * One stain's amount at the pixels where {@code where} is set, row by row: the same numbers as
     * {@link #separate}, without computing the other stains or the pixels left out (a slide's
     * tissue statistics need two stains over part of a large view).
     */
    public double[] amounts(RgbImage image, boolean[] where, Stain stain) {
        if (where.length != image.width() * image.height()) {
            throw new IllegalArgumentException(
                    "expected " + image.width() * image.height() + " pixel flags, got " + where.length);
        }
        double[][] tables = contributions(stain);
        double[] red = tables[0];
        double[] green = tables[1];
        double[] blue = tables[2];
        byte[] rgb = image.rgb();
        int count = 0;
        for (boolean flag : where) {
            count += flag ? 1 : 0;
        }
        double[] out = new double[count];
        int k = 0;
        for (int p = 0; p < where.length; p++) {
            if (where[p]) {
                int i = 3 * p;
                double amount = red[rgb[i] & 0xff] + green[rgb[i + 1] & 0xff] + blue[rgb[i + 2] & 0xff];
                out[k++] = Math.max(amount, 0);
            }
        }
        return out;
    }

    /** Stain amounts of each pixel ({@code rgb2hed}). */
    public StainConcentrations separate(RgbImage image) {
        byte[] rgb = image.rgb();
        double[] logByValue = logByValue();
        double[] values = new double[rgb.length];
        for (int i = 0; i < rgb.length; i += 3) {
            double red = logByValue[rgb[i] & 0xff];
            double green = logByValue[rgb[i + 1] & 0xff];
            double blue = logByValue[rgb[i + 2] & 0xff];
            for (int stain = 0; stain < 3; stain++) {
                double amount = red * matrix.stainFromRgb(0, stain)
                        + green * matrix.stainFromRgb(1, stain)
                        + blue * matrix.stainFromRgb(2, stain);
                values[i + stain] = Math.max(amount, 0);
            }
        }
        return new StainConcentrations(image.width(), image.height(), values);
    }

    /** The colours the stain amounts produce ({@code hed2rgb}), in [0, 1]. */
    public FloatRgbImage combine(StainConcentrations stains) {
        double[] rgb = new double[3 * stains.width() * stains.height()];
        for (int i = 0; i < rgb.length; i += 3) {
            double first = -(stains.valueAt(i) * -LOG_ADJUST);
            double second = -(stains.valueAt(i + 1) * -LOG_ADJUST);
            double third = -(stains.valueAt(i + 2) * -LOG_ADJUST);
            for (int channel = 0; channel < 3; channel++) {
                double logIntensity = first * matrix.rgbFromStain(0, channel)
                        + second * matrix.rgbFromStain(1, channel)
                        + third * matrix.rgbFromStain(2, channel);
                rgb[i + channel] = Math.min(1.0, Math.max(0.0, Math.exp(logIntensity)));
            }
        }
        return new FloatRgbImage(stains.width(), stains.height(), rgb);
    }
}
