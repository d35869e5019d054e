package org.precis.cells.run;

import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/**
 * The pixels of a run's region at the detector's resolution. Thread-safe: tiles are read by
 * several threads at once.
 */
public interface PixelSource {

    /** A rectangle in detector pixels from the region's top-left corner; it lies within the region. */
    RgbImage read(int x, int y, int width, int height) throws SlideException;
}
