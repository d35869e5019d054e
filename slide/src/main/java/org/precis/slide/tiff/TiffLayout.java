package org.precis.slide.tiff;

import java.util.List;
import java.util.Map;
import org.precis.slide.spi.SlideDescription;

/**
 * How one flavour of TIFF maps onto a slide: which images are pyramid levels, which are
 * associated images, and what the file says about the slide.
 */
record TiffLayout(List<TiffImage> levels, Map<String, TiffImage> associated, SlideDescription description) {

    TiffLayout {
        levels = List.copyOf(levels);
        associated = Map.copyOf(associated);
    }
}
