package org.precis.cells.run;

import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/**
 * The pixels a run calibrates its detector on: the whole region when the calibration takes it whole
 * ({@link DetectorCalibration#calibratesWhole}: by default at most 1024 x 1024 detector pixels), else a mosaic of 4 x 4 windows of 256 x 256 spread evenly over it (a megapixel:
 * the classical calibration holds about 40 bytes a pixel, 40 MB). The seams between windows add a
 * little spurious edge to the statistics; the windows are large against the detector's 8 µm
 * background filter. The sample depends on the region only, never on the tiling.
 */
final class CalibrationSample {

    static final int WHOLE_REGION_PX = 1024;
    static final int WINDOWS = 4;
    static final int WINDOW_PX = 256;

    private CalibrationSample() {}

    static RgbImage of(PixelSource pixels, int width, int height, DetectorCalibration calibration)
            throws SlideException {
        if (calibration.calibratesWhole(width, height)) {
            return pixels.read(0, 0, width, height);
        }
        int windows = calibration.sampleWindowsPerSide();
        int windowWidth = Math.max(1, Math.min(WINDOW_PX, width / windows));
        int windowHeight = Math.max(1, Math.min(WINDOW_PX, height / windows));
        int mosaicWidth = windows * windowWidth;
        byte[] mosaic = new byte[3 * mosaicWidth * windows * windowHeight];
        for (int row = 0; row < windows; row++) {
            for (int column = 0; column < windows; column++) {
                int x = (int) ((column + 0.5) * width / windows) - windowWidth / 2;
                int y = (int) ((row + 0.5) * height / windows) - windowHeight / 2;
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
        return new RgbImage(mosaicWidth, windows * windowHeight, mosaic);
    }
}
