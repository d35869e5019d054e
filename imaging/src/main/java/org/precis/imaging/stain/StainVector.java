package org.precis.imaging.stain;

/** The optical density one unit of a stain adds to red, green and blue; unit length, positive sum. */
public record StainVector(double red, double green, double blue) {

    public StainVector {
        double length = Math.sqrt(red * red + green * green + blue * blue);
        if (!Double.isFinite(length) || !(Math.abs(length - 1) <= 1e-9)) {
            throw new IllegalArgumentException("a stain vector has unit length: " + red + ", " + green + ", " + blue);
        }
    }

    /** The direction of (red, green, blue), scaled to unit length and turned to a positive sum. */
    public static StainVector along(double red, double green, double blue) {
        double length = Math.sqrt(red * red + green * green + blue * blue);
        if (!(length > 0) || Double.isInfinite(length)) {
            throw new IllegalArgumentException(
                    "a stain vector needs a non-zero finite direction: " + red + ", " + green + ", " + blue);
        }
        double sign = red + green + blue < 0 ? -1 : 1;
        return new StainVector(sign * red / length, sign * green / length, sign * blue / length);
    }

    /** Component 0 (red), 1 (green) or 2 (blue). */
    public double component(int channel) {
        return switch (channel) {
            case 0 -> red;
            case 1 -> green;
            case 2 -> blue;
            default -> throw new IllegalArgumentException("RGB has channels 0 to 2, not " + channel);
        };
    }
}
