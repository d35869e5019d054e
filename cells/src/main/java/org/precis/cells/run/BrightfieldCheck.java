package org.precis.cells.run;

import org.precis.slide.RgbImage;

/**
 * Whether an image looks like brightfield (H&amp;E, IHC): light background and cytoplasm, so its
 * median brightness (mean of R, G, B) is high. The twelve BreCaHAD H&amp;E fields, tissue to the
 * edges, have medians 149-170 of 255; the same fields inverted, as dark-field or fluorescence looks,
 * 85-106, and fluorescence images with their black background much less. 120 lies between.
 */
final class BrightfieldCheck {

    /** Least median brightness of a brightfield image, of 255. */
    static final int MIN_MEDIAN_BRIGHTNESS = 120;

    private BrightfieldCheck() {}

    /** The median over pixels of the mean of R, G and B, 0-255. */
    static int medianBrightness(RgbImage image) {
        int[] histogram = new int[256];
        byte[] rgb = image.rgb();
        for (int i = 0; i < rgb.length; i += 3) {
            histogram[((rgb[i] & 0xff) + (rgb[i + 1] & 0xff) + (rgb[i + 2] & 0xff)) / 3]++;
        }
        long half = ((long) image.width() * image.height() + 1) / 2;
        long seen = 0;
        for (int level = 0; level < 256; level++) {
            seen += histogram[level];
            if (seen >= half) {
                return level;
            }
        }
        return 255;
    }
}
