package org.precis.imaging.stain;

import org.precis.slide.RgbImage;

/**
 * An image in CIE L*a*b* (D65, 2° observer), converted as scikit-image's {@code rgb2lab} and
 * {@code lab2rgb}: 8-bit values times 1/255 (as {@code img_as_float}), sRGB companding, its {@code xyz_from_rgb} matrix and white point, and the
 * 0.008856 / 7.787 linear segment. Pixels interleaved (L, a, b) row by row. Immutable.
 */
public final class LabImage {

    private static final double[][] XYZ_FROM_RGB = {
        {0.412453, 0.357580, 0.180423},
        {0.212671, 0.715160, 0.072169},
        {0.019334, 0.119193, 0.950227},
    };
    private static final double[][] RGB_FROM_XYZ = ColourMatrix.inverse(XYZ_FROM_RGB, "RGB primaries");
    private static final double[] WHITE_D65 = {0.95047, 1.0, 1.08883};

    private final int width;
    private final int height;
    private final double[] lab;

    /** Takes over {@code lab}. */
    LabImage(int width, int height, double[] lab) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (lab.length != 3L * width * height) {
            throw new IllegalArgumentException("expected " + 3L * width * height + " values, got " + lab.length);
        }
        this.width = width;
        this.height = height;
        this.lab = lab;
    }

    /** {@code skimage.color.rgb2lab} of an 8-bit image. */
    public static LabImage of(RgbImage image) {
        double[] linear = new double[256];
        for (int value = 0; value < 256; value++) {
            double v = value * (1.0 / 255);
            linear[value] = v > 0.04045 ? Math.pow((v + 0.055) / 1.055, 2.4) : v / 12.92;
        }
        byte[] rgb = image.rgb();
        double[] lab = new double[rgb.length];
        double[] f = new double[3];
        for (int i = 0; i < rgb.length; i += 3) {
            double red = linear[rgb[i] & 0xff];
            double green = linear[rgb[i + 1] & 0xff];
            double blue = linear[rgb[i + 2] & 0xff];
            for (int c = 0; c < 3; c++) {
                double xyz = red * XYZ_FROM_RGB[c][0] + green * XYZ_FROM_RGB[c][1] + blue * XYZ_FROM_RGB[c][2];
                double scaled = xyz / WHITE_D65[c];
                f[c] = scaled > 0.008856 ? Math.cbrt(scaled) : 7.787 * scaled + 16.0 / 116.0;
            }
            lab[i] = 116.0 * f[1] - 16.0;
            lab[i + 1] = 500.0 * (f[0] - f[1]);
            lab[i + 2] = 200.0 * (f[1] - f[2]);
        }
        return new LabImage(image.width(), image.height(), lab);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Channel 0 (L*), 1 (a*) or 2 (b*) of one pixel. */
    public double at(int x, int y, int channel) {
        if (x < 0 || x >= width || y < 0 || y >= height || channel < 0 || channel > 2) {
            throw new IllegalArgumentException(
                    "no channel " + channel + " at (" + x + ", " + y + ") in " + width + "x" + height);
        }
        return lab[3 * (y * width + x) + channel];
    }

    /** Mean and population standard deviation of each channel. */
    public LabStatistics statistics() {
        ChannelStatistics[] channels = new ChannelStatistics[3];
        int pixels = width * height;
        for (int c = 0; c < 3; c++) {
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = c; i < lab.length; i += 3) {
                sum += lab[i];
                min = Math.min(min, lab[i]);
                max = Math.max(max, lab[i]);
            }
            double mean = sum / pixels;
            double squares = 0;
            for (int i = c; i < lab.length; i += 3) {
                squares += (lab[i] - mean) * (lab[i] - mean);
            }
            // a flat channel has no spread, whatever rounding in the mean says
            double std = min == max ? 0 : Math.sqrt(squares / pixels);
            channels[c] = new ChannelStatistics(min == max ? min : mean, std);
        }
        return new LabStatistics(channels[0], channels[1], channels[2]);
    }

    /** Each channel moved linearly: {@code (v - mean) / std * targetStd + targetMean}; a flat channel becomes the target mean. */
    public LabImage matched(LabStatistics target) {
        LabStatistics source = statistics();
        double[] out = new double[lab.length];
        for (int c = 0; c < 3; c++) {
            ChannelStatistics from = source.channel(c);
            ChannelStatistics to = target.channel(c);
            double scale = from.std() > 0 ? to.std() / from.std() : 0;
            for (int i = c; i < lab.length; i += 3) {
                out[i] = (lab[i] - from.mean()) * scale + to.mean();
            }
        }
        return new LabImage(width, height, out);
    }

    /** {@code skimage.color.lab2rgb} (Z clipped at 0, RGB at [0, 1]), then rounded half to even to 8 bits. */
    public RgbImage toRgbImage() {
        byte[] rgb = new byte[lab.length];
        double[] xyz = new double[3];
        for (int i = 0; i < lab.length; i += 3) {
            double fy = (lab[i] + 16.0) / 116.0;
            double fx = lab[i + 1] / 500.0 + fy;
            double fz = Math.max(fy - lab[i + 2] / 200.0, 0);
            double[] f = {fx, fy, fz};
            for (int c = 0; c < 3; c++) {
                double v = f[c] > 0.2068966 ? f[c] * f[c] * f[c] : (f[c] - 16.0 / 116.0) / 7.787;
                xyz[c] = v * WHITE_D65[c];
            }
            for (int c = 0; c < 3; c++) {
                double linear = xyz[0] * RGB_FROM_XYZ[c][0] + xyz[1] * RGB_FROM_XYZ[c][1] + xyz[2] * RGB_FROM_XYZ[c][2];
                double v = linear > 0.0031308 ? 1.055 * Math.pow(linear, 1 / 2.4) - 0.055 : linear * 12.92;
                rgb[i + c] = (byte) Math.rint(Math.min(1.0, Math.max(0.0, v)) * 255);
            }
        }
        return new RgbImage(width, height, rgb);
    }
}
