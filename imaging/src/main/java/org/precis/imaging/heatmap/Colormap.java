package org.precis.imaging.heatmap;

/**
 * Colour scales for a value in [0, 1]. Viridis is perceptually uniform and readable by the
 * colour-blind, so a probability looks as large as it is; the anchors below are samples of the
 * published scale, linearly interpolated.
 */
public enum Colormap {
    VIRIDIS(0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725),
    /** White to red: for a single "how much of this" layer on a pale background. */
    REDS(0xFFF5F0, 0xFEE0D2, 0xFCBBA1, 0xFC9272, 0xFB6A4A, 0xEF3B2C, 0xCB181D, 0xA50F15, 0x67000D);

    private final int[] anchors;

    Colormap(int... anchors) {
        this.anchors = anchors;
    }

    /** The colour of {@code value}, 0xRRGGBB; values outside [0, 1] are refused. */
    public int rgb(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("colormap value must lie in [0, 1], got " + value);
        }
        double position = value * (anchors.length - 1);
        int low = Math.min((int) position, anchors.length - 2);
        double t = position - low;
        return mix(anchors[low], anchors[low + 1], t);
    }

    private static int mix(int from, int to, double t) {
        int red = channel(from >> 16, to >> 16, t);
        int green = channel(from >> 8, to >> 8, t);
        int blue = channel(from, to, t);
        return red << 16 | green << 8 | blue;
    }

    private static int channel(int from, int to, double t) {
        int a = from & 0xFF;
        int b = to & 0xFF;
        return (int) Math.round(a + (b - a) * t);
    }
}
