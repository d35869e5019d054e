package org.precis.slide.codec;

/** ITU-R BT.601 full-range YCbCr to RGB, as JPEG (JFIF) defines it. */
final class YCbCr {

    /**
     * The chroma terms of each 8-bit value, computed once: the same double products the formula
     * gives, so the tables change no result, only save the multiplications per pixel.
     */
    private static final double[] CR_TO_RED = new double[256];

    private static final double[] CB_TO_GREEN = new double[256];
    private static final double[] CR_TO_GREEN = new double[256];
    private static final double[] CB_TO_BLUE = new double[256];

    static {
        for (int v = 0; v < 256; v++) {
            double c = v - 128.0;
            CR_TO_RED[v] = 1.402 * c;
            CB_TO_GREEN[v] = 0.344136 * c;
            CR_TO_GREEN[v] = 0.714136 * c;
            CB_TO_BLUE[v] = 1.772 * c;
        }
    }

    private YCbCr() {}

    /**
     * Converts {@code count} pixels of 8-bit planes (values 0..255) into interleaved RGB:
     * {@code R = Y + 1.402 (Cr - 128)}, {@code G = Y - 0.344136 (Cb - 128) - 0.714136 (Cr - 128)},
     * {@code B = Y + 1.772 (Cb - 128)}, rounded and clamped to 0..255.
     */
    static void toRgb(int[] luma, int[] blue, int[] red, int count, byte[] rgb) {
        for (int i = 0, o = 0; i < count; i++, o += 3) {
            int y = luma[i];
            int cb = blue[i] & 0xff;
            int cr = red[i] & 0xff;
            rgb[o] = clamp(y + CR_TO_RED[cr]);
            rgb[o + 1] = clamp(y - CB_TO_GREEN[cb] - CR_TO_GREEN[cr]);
            rgb[o + 2] = clamp(y + CB_TO_BLUE[cb]);
        }
    }

    private static byte clamp(double value) {
        long rounded = Math.round(value);
        return (byte) (rounded < 0 ? 0 : rounded > 255 ? 255 : rounded);
    }
}
