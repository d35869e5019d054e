package org.precis.slide.openslide;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.slide.PixelSize;
import org.precis.slide.tiff.TiffResolution;

/**
 * What OpenSlide says about a slide beyond its pixels, read once at open.
 *
 * @param properties every OpenSlide property, in OpenSlide's order
 */
record OpenSlideMetadata(
        Optional<String> vendor,
        Optional<PixelSize> pixelSize,
        OptionalDouble objectivePower,
        List<String> associatedImageNames,
        Map<String, String> properties) {

    OpenSlideMetadata {
        associatedImageNames = List.copyOf(associatedImageNames);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    static OpenSlideMetadata of(Map<String, String> properties, List<String> associatedImageNames) {
        Optional<String> vendor =
                Optional.ofNullable(properties.get("openslide.vendor")).filter(v -> !v.isBlank());
        Optional<PixelSize> pixelSize = pixelSize(properties.get("openslide.mpp-x"), properties.get("openslide.mpp-y"))
                .or(() -> tiffPixelSize(properties));
        return new OpenSlideMetadata(
                vendor,
                pixelSize,
                positive(properties.get("openslide.objective-power")),
                associatedImageNames,
                properties);
    }

    private static Optional<PixelSize> pixelSize(String mppX, String mppY) {
        OptionalDouble x = positive(mppX);
        OptionalDouble y = positive(mppY);
        return x.isPresent() && y.isPresent()
                ? Optional.of(new PixelSize(x.getAsDouble(), y.getAsDouble()))
                : Optional.empty();
    }

    /**
     * OpenSlide 3.4 states no pixel size for generic TIFF, though it passes the resolution tags
     * on; they are read by the same rule as Precis's TIFF reader, so both backends agree.
     */
    private static Optional<PixelSize> tiffPixelSize(Map<String, String> properties) {
        return TiffResolution.pixelSize(
                "centimeter".equals(properties.get("tiff.ResolutionUnit")),
                positive(properties.get("tiff.XResolution")).orElse(Double.NaN),
                positive(properties.get("tiff.YResolution")).orElse(Double.NaN));
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
