package org.precis.slide.tiff;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.slide.PixelSize;

/**
 * How one flavour of TIFF maps onto a slide: which images are pyramid levels, which are
 * associated images, and what metadata it states.
 */
record TiffLayout(String format, Optional<String> vendor, List<TiffImage> levels, Map<String, TiffImage> associated,
        Map<String, String> properties, Optional<PixelSize> pixelSize, OptionalDouble objectivePower) {

    TiffLayout {
        levels = List.copyOf(levels);
        associated = Map.copyOf(associated);
        properties = Map.copyOf(properties);
    }
}
