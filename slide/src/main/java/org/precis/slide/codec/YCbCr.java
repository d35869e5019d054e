package org.precis.slide.codec;

/** ITU-R BT.601 full-range YCbCr to RGB, as JPEG (JFIF) defines it. */
final class YCbCr {

    private YCbCr() {
    }

    static void toRgb(int y, int cb, int cr, byte[] rgb, int offset) {
        double b = cb - 128.0;
        double r = cr - 128.0;
        rgb[offset] = clamp(y + 1.402 * r);
        rgb[offset + 1] = clamp(y - 0.344136 * b - 0.714136 * r);
        rgb[offset + 2] = clamp(y + 1.772 * b);
    }

    private static byte clamp(double value) {
        long rounded = Math.round(value);
        return (byte) (rounded < 0 ? 0 : rounded > 255 ? 255 : rounded);
    }
}
