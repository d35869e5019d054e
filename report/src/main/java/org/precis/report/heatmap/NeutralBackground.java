package org.precis.report.heatmap;

import org.precis.slide.RgbImage;

/**
 * A slide thumbnail turned pale grey: the tissue stays visible as a faint outline for orientation,
 * but no colour of the map can be mistaken for stain.
 */
final class NeutralBackground {

    /** How much of the thumbnail's darkness is kept (0: white, 1: the grey thumbnail). */
    private static final double CONTRAST = 0.4;

    private NeutralBackground() {}

    static RgbImage of(RgbImage thumbnail) {
        byte[] rgb = thumbnail.rgb();
        byte[] grey = new byte[rgb.length];
        for (int i = 0; i < rgb.length; i += 3) {
            double luminance = 0.299 * (rgb[i] & 0xFF) + 0.587 * (rgb[i + 1] & 0xFF) + 0.114 * (rgb[i + 2] & 0xFF);
            byte value = (byte) Math.round(255 - (255 - luminance) * CONTRAST);
            grey[i] = value;
            grey[i + 1] = value;
            grey[i + 2] = value;
        }
        return new RgbImage(thumbnail.width(), thumbnail.height(), grey);
    }
}
