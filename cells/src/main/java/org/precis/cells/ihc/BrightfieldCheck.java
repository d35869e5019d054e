package org.precis.cells.ihc;

import java.util.Locale;
import org.precis.slide.RgbImage;

/**
 * Refuses an image that is not brightfield: a fluorescence image (or any image with a dark
 * background) has no white to measure optical density against, and scoring it would give a
 * number that means nothing.
 */
final class BrightfieldCheck {

    /** A brightfield image's glass is at least this bright in every channel (of 255). */
    static final double MIN_WHITE = 120;
    /** More than this fraction of pixels darker than {@link #DARK} means a dark background. */
    static final double MAX_DARK_FRACTION = 0.5;
    /** Luminance (of 255) below which a pixel counts as dark. */
    static final int DARK = 60;

    private BrightfieldCheck() {}

    static void require(RgbImage image, WhitePoint white) throws UnsuitableImageException {
        byte[] rgb = image.rgb();
        long dark = 0;
        for (int i = 0; i < rgb.length; i += 3) {
            double luminance = 0.299 * (rgb[i] & 0xff) + 0.587 * (rgb[i + 1] & 0xff) + 0.114 * (rgb[i + 2] & 0xff);
            if (luminance < DARK) {
                dark++;
            }
        }
        double darkFraction = (double) dark / ((long) image.width() * image.height());
        double dimmest = Math.min(white.red(), Math.min(white.green(), white.blue()));
        if (darkFraction > MAX_DARK_FRACTION || dimmest < MIN_WHITE) {
            throw new UnsuitableImageException(String.format(
                    Locale.ROOT,
                    "not a brightfield image: %.0f%% of pixels are dark and the brightest are (%.0f, %.0f, %.0f)"
                            + " of 255 (a fluorescence image?); IHC scoring needs a white background",
                    100 * darkFraction,
                    white.red(),
                    white.green(),
                    white.blue()));
        }
    }
}
