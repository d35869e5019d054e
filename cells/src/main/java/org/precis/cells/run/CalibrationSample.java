package org.precis.cells.run;

import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/**
 * The pixels a run calibrates its detector on: the whole region when it is at most 1024 x 1024
 * detector pixels, else a mosaic of 4 x 4 windows of 256 x 256 spread evenly over it (a megapixel:
 * the classical calibration holds about 40 bytes a pixel, 40 MB). The seams between windows add a
 * little spurious edge to the statistics; the windows are large against the detector's 8 µm
 * background filter. The sample depends on the region only, never on the tiling.
 */
final class CalibrationSample {

    static final int WHOLE_REGION_PX = 1024;
    static final int WINDOWS = 4;
    static final int WINDOW_PX = 256;

    private CalibrationSample() {}

    static RgbImage of(PixelSource pixels, int width, int height) throws SlideException {
        if (width <= WHOLE_REGION_PX && height <= WHOLE_REGION_PX) {
            return pixels.read(0, 0, width, height);
        }
        int windowWidth = Math.min(WINDOW_PX, width / WINDOWS);
        int windowHeight = Math.min(WINDOW_PX, height / WINDOWS);
        int mosaicWidth = WINDOWS * windowWidth;
        byte[] mosaic = new byte[3 * mosaicWidth * WINDOWS * windowHeight];
        for (int row = 0; row < WINDOWS; row++) {
            for (int column = 0; column < WINDOWS; column++) {
                int x = (int) ((column + 0.5) * width / WINDOWS) - windowWidth / 2;
                int y = (int) ((row + 0.5) * height / WINDOWS) - windowHeight / 2;
                RgbImage window = pixels.read(x, y, windowWidth, windowHeight);
                for (int line = 0; line < windowHeight; line++) {
                    System.arraycopy(
                            window.rgb(),
                            3 * line * windowWidth,
                            mosaic,
                            3 * ((row * windowHeight + line) * mosaicWidth + column * windowWidth),
                            3 * windowWidth);
                }
            }
        }
        return new RgbImage(mosaicWidth, WINDOWS * windowHeight, mosaic);
    }
}
