package org.precis.slide.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.precis.slide.PixelSize;

/**
 * What a reader found a slide to say about itself, handed to {@link TiledSlide} once so that no
 * reader repeats the accessors.
 *
 * @param format               the kind of file, for example {@code aperio-svs}
 * @param vendor               the scanner vendor, when the file names one
 * @param pixelSize            physical size of a level-0 pixel, when stated
 * @param objectivePower       objective magnification, when stated
 * @param associatedImageNames {@code thumbnail}, {@code label}, {@code macro} as present
 * @param properties           vendor and container properties, in the file's order
 */
public record SlideDescription(
        String format,
        Optional<String> vendor,
        Optional<PixelSize> pixelSize,
        OptionalDouble objectivePower,
        Set<String> associatedImageNames,
        Map<String, String> properties) {

    public SlideDescription {
        SortedSet<String> names = new TreeSet<>(associatedImageNames);
        associatedImageNames = Collections.unmodifiableSortedSet(names);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
