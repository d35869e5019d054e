package org.precis.slide.deepzoom;

import java.nio.file.Path;
import java.util.Map;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.Slide;
import org.precis.slide.SlideLevel;

/**
 * The part of a slide a pyramid covers, in level-0 pixels: the whole of level 0, or the
 * non-empty region that OpenSlide states in {@code openslide.bounds-*} (scanners that skip
 * empty glass).
 */
record SlideBounds(long x, long y, long width, long height) {

    static final String X = "openslide.bounds-x";
    static final String Y = "openslide.bounds-y";
    static final String WIDTH = "openslide.bounds-width";
    static final String HEIGHT = "openslide.bounds-height";

    SlideBounds {
        if (x < 0 || y < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("invalid slide bounds " + x + "," + y + " " + width + "x" + height);
        }
    }

    static SlideBounds of(Slide slide, DeepZoomSettings.Bounds bounds) throws CorruptSlideException {
        return of(slide.path(), slide.levels().get(0), slide.properties(), bounds);
    }

    static SlideBounds of(Path file, SlideLevel base, Map<String, String> properties, DeepZoomSettings.Bounds bounds)
            throws CorruptSlideException {
        if (bounds == DeepZoomSettings.Bounds.WHOLE_SLIDE) {
            return new SlideBounds(0, 0, base.width(), base.height());
        }
        long x = property(file, properties, X, 0);
        long y = property(file, properties, Y, 0);
        long width = property(file, properties, WIDTH, base.width());
        long height = property(file, properties, HEIGHT, base.height());
        if (x < 0 || y < 0 || width < 1 || height < 1 || x + width > base.width() || y + height > base.height()) {
            throw new CorruptSlideException(
                    file,
                    "stated bounds " + x + "," + y + " " + width + "x" + height + " do not lie inside level 0 ("
                            + base.width() + "x" + base.height() + ")");
        }
        return new SlideBounds(x, y, width, height);
    }

    private static long property(Path file, Map<String, String> properties, String name, long absent)
            throws CorruptSlideException {
        String value = properties.get(name);
        if (value == null) {
            return absent;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new CorruptSlideException(file, "property " + name + " is not a whole number: " + value);
        }
    }
}
