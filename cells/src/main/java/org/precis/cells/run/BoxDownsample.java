package org.precis.cells.run;

import org.precis.slide.RgbImage;

/** Averages blocks of {@code factor} x {@code factor} pixels into one (rounded to the nearest level). */
final class BoxDownsample {

    private BoxDownsample() {}

    /** {@code image}, whose sides are multiples of {@code factor}, shrunk by it. */
    static RgbImage of(RgbImage image, int factor) {
        if (factor == 1) {
            return image;
        }
        if (image.width() % factor != 0 || image.height() % factor != 0) {
            throw new IllegalArgumentException(
                    "image " + image.width() + "x" + image.height() + " is not a multiple of " + factor);
        }
        int width = image.width() / factor;
        int height = image.height() / factor;
        byte[] in = image.rgb();
        byte[] out = new byte[3 * width * height];
        int block = factor * factor;
        int[] sums = new int[3 * width];
        for (int y = 0; y < height; y++) {
            java.util.Arrays.fill(sums, 0);
            for (int dy = 0; dy < factor; dy++) {
                int row = (y * factor + dy) * image.width() * 3;
                for (int x = 0; x < width * factor; x++) {
                    int i = row + 3 * x;
                    int o = 3 * (x / factor);
                    sums[o] += in[i] & 0xff;
                    sums[o + 1] += in[i + 1] & 0xff;
                    sums[o + 2] += in[i + 2] & 0xff;
                }
            }
            for (int i = 0; i < sums.length; i++) {
                out[3 * y * width + i] = (byte) ((sums[i] + block / 2) / block);
            }
        }
        return new RgbImage(width, height, out);
    }
}
