package org.precis.slide.openslide;

import org.precis.slide.RgbImage;

/**
 * OpenSlide's pixel format: one {@code uint32} a pixel, alpha in the top byte, colour
 * premultiplied by alpha. Alpha is below 255 only where the slide has no data (outside a
 * scanned area, or partly at its edge).
 */
final class PremultipliedArgb {

    private PremultipliedArgb() {}

    /**
     * RGB with the colour divided by alpha as openslide-python does (truncating), so that the
     * pixels match the reference implementation exactly; a fully transparent pixel is white,
     * as everything outside a slide is in Precis.
     */
    static RgbImage toRgb(int[] argb, int width, int height) {
        byte[] rgb = new byte[Math.multiplyExact(3, Math.multiplyExact(width, height))];
        for (int i = 0, o = 0; i < argb.length; i++, o += 3) {
            int pixel = argb[i];
            int alpha = pixel >>> 24;
            int red = pixel >>> 16 & 0xff;
            int green = pixel >>> 8 & 0xff;
            int blue = pixel & 0xff;
            if (alpha == 0) {
                red = 255;
                green = 255;
                blue = 255;
            } else if (alpha != 255) {
                red = Math.min(255, 255 * red / alpha);
                green = Math.min(255, 255 * green / alpha);
                blue = Math.min(255, 255 * blue / alpha);
            }
            rgb[o] = (byte) red;
            rgb[o + 1] = (byte) green;
            rgb[o + 2] = (byte) blue;
        }
        return new RgbImage(width, height, rgb);
    }
}
