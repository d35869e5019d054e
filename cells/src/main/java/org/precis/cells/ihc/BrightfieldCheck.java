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
    /**
     * A brightfield image's median luminance (of 255) is at least this: glass is near white and
     * stained tissue mostly light (medians 150 to 205 on the H&amp;E and Ki67 samples); a
     * fluorescence image is mostly dark background (median 60 on an inverted Ki67 crop).
     */
    static final int MIN_MEDIAN_LUMINANCE = 90;

    private BrightfieldCheck() {}

    static void require(RgbImage image, WhitePoint white) throws UnsuitableImageException {
        byte[] rgb = image.rgb();
        long[] histogram = new long[256];
        for (int i = 0; i < rgb.length; i += 3) {
            double luminance = 0.299 * (rgb[i] & 0xff) + 0.587 * (rgb[i + 1] & 0xff) + 0.114 * (rgb[i + 2] & 0xff);
            histogram[(int) Math.min(255, Math.round(luminance))]++;
        }
        long half = ((long) image.width() * image.height() + 1) / 2;
        int median = 0;
        for (long seen = histogram[0]; seen < half; seen += histogram[++median]) {
            // walk up to the median
        }
        double dimmest = Math.min(white.red(), Math.min(white.green(), white.blue()));
        if (median < MIN_MEDIAN_LUMINANCE || dimmest < MIN_WHITE) {
            throw new UnsuitableImageException(String.format(
                    Locale.ROOT,
                    "not a brightfield image: median brightness %d of 255 and the brightest are (%.0f, %.0f, %.0f)"
                            + " (a fluorescence image?); IHC scoring needs a white background",
                    median,
                    white.red(),
                    white.green(),
                    white.blue()));
        }
    }
}
