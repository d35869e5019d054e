package org.precis.slide.openslide;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.slide.PixelSize;

/**
 * What OpenSlide says about a slide beyond its pixels, read once at open.
 *
 * @param properties every OpenSlide property, in OpenSlide's order
 */
record OpenSlideMetadata(Optional<String> vendor, Optional<PixelSize> pixelSize, OptionalDouble objectivePower,
        List<String> associatedImageNames, Map<String, String> properties) {

    OpenSlideMetadata {
        associatedImageNames = List.copyOf(associatedImageNames);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    static OpenSlideMetadata of(Map<String, String> properties, List<String> associatedImageNames) {
        Optional<String> vendor = Optional.ofNullable(properties.get("openslide.vendor")).filter(v -> !v.isBlank());
        OptionalDouble mppX = positive(properties.get("openslide.mpp-x"));
        OptionalDouble mppY = positive(properties.get("openslide.mpp-y"));
        Optional<PixelSize> pixelSize = mppX.isPresent() && mppY.isPresent()
                ? Optional.of(new PixelSize(mppX.getAsDouble(), mppY.getAsDouble()))
                : Optional.empty();
        return new OpenSlideMetadata(vendor, pixelSize, positive(properties.get("openslide.objective-power")),
                associatedImageNames, properties);
    }

    /** A positive finite number, or empty for anything else: a missing value is never a guess. */
    private static OptionalDouble positive(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(text.trim());
            return value > 0 && !Double.isInfinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
