package org.precis.cells.run;

import java.awt.image.BufferedImage;
import org.precis.cells.output.PixelRegion;
import org.precis.slide.RgbImage;

/** A region of a decoded plain image (PNG, JPEG...), read at its own pixels. */
final class PlainImagePixels implements PixelSource {

    private final BufferedImage image;
    private final PixelRegion region;

    PlainImagePixels(BufferedImage image, PixelRegion region) {
        this.image = image;
        this.region = region;
    }

    @Override
    public RgbImage read(int x, int y, int width, int height) {
        int[] argb = image.getRGB((int) region.x() + x, (int) region.y() + y, width, height, null, 0, width);
        byte[] rgb = new byte[3 * argb.length];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        return new RgbImage(width, height, rgb);
    }
}
