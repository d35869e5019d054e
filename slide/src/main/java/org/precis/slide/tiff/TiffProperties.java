package org.precis.slide.tiff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.precis.slide.PixelSize;

/** The standard TIFF fields of a slide's first image, named as OpenSlide names them ({@code tiff.*}). */
final class TiffProperties {

    private static final int UNIT_INCH = 2;
    private static final int UNIT_CENTIMETRE = 3;

    private TiffProperties() {}

    static Map<String, String> of(TiffDirectory directory) {
        Map<String, String> properties = new LinkedHashMap<>();
        directory.text(TiffTag.IMAGE_DESCRIPTION).ifPresent(v -> properties.put("tiff.ImageDescription", v));
        directory.text(TiffTag.MAKE).ifPresent(v -> properties.put("tiff.Make", v));
        directory.text(TiffTag.MODEL).ifPresent(v -> properties.put("tiff.Model", v));
        directory.text(TiffTag.SOFTWARE).ifPresent(v -> properties.put("tiff.Software", v));
        directory.text(TiffTag.DATE_TIME).ifPresent(v -> properties.put("tiff.DateTime", v));
        directory.field(TiffTag.X_RESOLUTION).ifPresent(v -> properties.put("tiff.XResolution", format(v.number())));
        directory.field(TiffTag.Y_RESOLUTION).ifPresent(v -> properties.put("tiff.YResolution", format(v.number())));
        directory
                .field(TiffTag.RESOLUTION_UNIT)
                .ifPresent(v -> properties.put(
                        "tiff.ResolutionUnit",
                        switch ((int) v.number()) {
                            case 1 -> "none";
                            case UNIT_INCH -> "inch";
                            case UNIT_CENTIMETRE -> "centimeter";
                            default -> "unknown";
                        }));
        return properties;
    }

    /** Pixel size from XResolution and YResolution, by {@link TiffResolution}'s rule. */
    static Optional<PixelSize> pixelSize(TiffDirectory directory) {
        return TiffResolution.pixelSize(
                directory.number(TiffTag.RESOLUTION_UNIT, UNIT_INCH) == UNIT_CENTIMETRE,
                directory.field(TiffTag.X_RESOLUTION).map(TiffField::number).orElse(Double.NaN),
                directory.field(TiffTag.Y_RESOLUTION).map(TiffField::number).orElse(Double.NaN));
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
