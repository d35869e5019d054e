package org.precis.cells.run;

import java.util.ArrayList;
import java.util.List;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/**
 * The windows a run calibrates its detector on: the whole region when it fits in one window of
 * 384 x 384 detector pixels, else up to 4 x 4 windows of that size spread evenly over it (each
 * window is processed on its own, so a detector holding about 120 bytes a pixel needs about 18 MB
 * at a time). They depend on the region only, never on the tiling.
 */
final class CalibrationSample {

    static final int WINDOW_PX = 384;
    static final int MAX_WINDOWS_PER_SIDE = 4;

    private CalibrationSample() {}

    static List<RgbImage> of(PixelSource pixels, int width, int height) throws SlideException {
        int windowWidth = Math.min(WINDOW_PX, width);
        int windowHeight = Math.min(WINDOW_PX, height);
        int columns = Math.min(MAX_WINDOWS_PER_SIDE, width / windowWidth);
        int rows = Math.min(MAX_WINDOWS_PER_SIDE, height / windowHeight);
        List<RgbImage> windows = new ArrayList<>(columns * rows);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int x = (int) ((column + 0.5) * width / columns) - windowWidth / 2;
                int y = (int) ((row + 0.5) * height / rows) - windowHeight / 2;
                windows.add(pixels.read(x, y, windowWidth, windowHeight));
            }
        }
        return windows;
    }
}
