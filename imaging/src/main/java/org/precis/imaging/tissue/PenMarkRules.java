package org.precis.imaging.tissue;

/**
 * Hue, saturation and value rules that mark a pixel of a low-resolution view as pen ink. HSV as
 * scikit-image's {@code rgb2hsv}: hue in degrees [0, 360), saturation {@code (max - min) / max},
 * value {@code max / 255}. Haematoxylin alone has a hue near 245° and eosin near 330°, so blue ink
 * must be bluer than haematoxylin and green ink is a hue no H&E stain has; black ink is darker than
 * any stained tissue seen at low resolution.
 *
 * @param blueHueMinDeg lowest hue of blue ink
 * @param blueHueMaxDeg highest hue of blue ink (below haematoxylin's)
 * @param blueMinSaturation blue ink is at least this saturated
 * @param greenHueMinDeg lowest hue of green ink
 * @param greenHueMaxDeg highest hue of green ink
 * @param greenMinSaturation green ink is at least this saturated
 * @param inkMinValue coloured ink is at least this bright (darker pixels are judged black or not ink)
 * @param blackMinValue black ink is at least this bright: darker is a scanner's padding or a missing
 *     frame filled with black, not ink
 * @param blackMaxValue black ink is at most this bright
 */
public record PenMarkRules(
        double blueHueMinDeg,
        double blueHueMaxDeg,
        double blueMinSaturation,
        double greenHueMinDeg,
        double greenHueMaxDeg,
        double greenMinSaturation,
        double inkMinValue,
        double blackMinValue,
        double blackMaxValue) {

    public PenMarkRules {
        requireHueRange(blueHueMinDeg, blueHueMaxDeg, "blue");
        requireHueRange(greenHueMinDeg, greenHueMaxDeg, "green");
        requireFraction(blueMinSaturation, "blue minimum saturation");
        requireFraction(greenMinSaturation, "green minimum saturation");
        requireFraction(inkMinValue, "ink minimum value");
        requireFraction(blackMinValue, "black minimum value");
        requireFraction(blackMaxValue, "black maximum value");
    }

    /** Blue 180–235°, saturation 0.3; green 70–180°, saturation 0.15; value 0.15; black 0.02–0.2. */
    public static PenMarkRules defaults() {
        return new PenMarkRules(180, 235, 0.3, 70, 180, 0.15, 0.15, 0.02, 0.2);
    }

    /** The ink of one 8-bit pixel, or -1 when it is not ink (an ordinal of {@link PenInk} otherwise). */
    int inkOrdinal(int red, int green, int blue) {
        int max = Math.max(red, Math.max(green, blue));
        int min = Math.min(red, Math.min(green, blue));
        double value = max * (1.0 / 255);
        if (value <= blackMaxValue) {
            return value >= blackMinValue ? PenInk.BLACK.ordinal() : -1;
        }
        if (value < inkMinValue || max == min) {
            return -1;
        }
        double delta = max - min;
        double saturation = delta / max;
        double hue;
        if (max == red) {
            hue = 60 * ((green - blue) / delta);
        } else if (max == green) {
            hue = 60 * (2 + (blue - red) / delta);
        } else {
            hue = 60 * (4 + (red - green) / delta);
        }
        if (hue < 0) {
            hue += 360;
        }
        if (hue >= blueHueMinDeg && hue <= blueHueMaxDeg && saturation >= blueMinSaturation) {
            return PenInk.BLUE.ordinal();
        }
        if (hue >= greenHueMinDeg && hue <= greenHueMaxDeg && saturation >= greenMinSaturation) {
            return PenInk.GREEN.ordinal();
        }
        return -1;
    }

    private static void requireHueRange(double min, double max, String what) {
        if (!(min >= 0 && max <= 360 && min <= max)) {
            throw new IllegalArgumentException(what + " hue range must lie in [0, 360] degrees: " + min + ".." + max);
        }
    }

    private static void requireFraction(double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1]: " + value);
        }
    }
}
