package org.precis.cells.ihc;

import org.precis.slide.RgbImage;

/**
 * The intensity of the glass (incident light) in each channel: optical density is measured
 * against it, so that a scanner's gain or white balance does not shift every density.
 *
 * @param red intensity of background in red, 1 to 255
 * @param green intensity in green
 * @param blue intensity in blue
 */
public record WhitePoint(double red, double green, double blue) {

    /** The white of an 8-bit image whose background is pure white, as QuPath's default. */
    public static final WhitePoint FULL_SCALE = new WhitePoint(255, 255, 255);

    /** Percentile of each channel taken as its white: the brightest 1% is glass or near it. */
    public static final double PERCENTILE = 99;

    public WhitePoint {
        for (double value : new double[] {red, green, blue}) {
            if (!(value >= 1 && value <= 255)) {
                throw new IllegalArgumentException("white intensity must be in [1, 255]: " + value);
            }
        }
    }

    /** The 99th percentile of each channel over the whole image. */
    public static WhitePoint of(RgbImage image) {
        long[][] histogram = new long[3][256];
        byte[] rgb = image.rgb();
        for (int i = 0; i < rgb.length; i += 3) {
            histogram[0][rgb[i] & 0xff]++;
            histogram[1][rgb[i + 1] & 0xff]++;
            histogram[2][rgb[i + 2] & 0xff]++;
        }
        long pixels = (long) image.width() * image.height();
        double[] white = new double[3];
        for (int channel = 0; channel < 3; channel++) {
            long below = (long) Math.ceil(pixels * PERCENTILE / 100);
            long seen = 0;
            int value = 0;
            while (value < 255 && seen + histogram[channel][value] < below) {
                seen += histogram[channel][value];
                value++;
            }
            white[channel] = Math.max(1, value);
        }
        return new WhitePoint(white[0], white[1], white[2]);
    }

    /** Channel 0 (red), 1 (green) or 2 (blue). */
    public double channel(int channel) {
        return switch (channel) {
            case 0 -> red;
            case 1 -> green;
            case 2 -> blue;
            default -> throw new IllegalArgumentException("RGB has channels 0 to 2, not " + channel);
        };
    }

    /** Decimal optical density of each 8-bit value in one channel, never negative. */
    double[] densities(int channel) {
        double white = channel(channel);
        double[] od = new double[256];
        for (int value = 0; value < 256; value++) {
            od[value] = Math.max(0, Math.log10(white / Math.max(value, 1)));
        }
        return od;
    }
}
