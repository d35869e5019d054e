package org.precis.slide.deepzoom;

import java.util.Arrays;
import org.precis.slide.RgbImage;

/**
 * Shrinks an image by whole factors, each output pixel the mean of its block of source pixels
 * (fewer at the right and bottom edges when the size does not divide), rounded as Pillow's
 * {@code Image.reduce} rounds: {@code ((sum + n / 2) * m) >> 24} with
 * {@code m = (uint32) (2^32 / (256 n))} computed in single precision. PIL's thumbnail does this
 * first when it shrinks by 4 or more.
 */
final class BoxReduction {

    private BoxReduction() {}

    static RgbImage reduce(RgbImage source, int factorX, int factorY) {
        int width = source.width();
        int height = source.height();
        int outWidth = (width + factorX - 1) / factorX;
        int outHeight = (height + factorY - 1) / factorY;
        byte[] in = source.rgb();
        byte[] out = new byte[3 * outWidth * outHeight];
        int[] sums = new int[3 * outWidth];
        for (int oy = 0; oy < outHeight; oy++) {
            Arrays.fill(sums, 0);
            int fromY = oy * factorY;
            int toY = Math.min(fromY + factorY, height);
            for (int y = fromY; y < toY; y++) {
                int row = 3 * y * width;
                for (int ox = 0; ox < outWidth; ox++) {
                    int fromX = ox * factorX;
                    int toX = Math.min(fromX + factorX, width);
                    int red = 0;
                    int green = 0;
                    int blue = 0;
                    for (int i = row + 3 * fromX; i < row + 3 * toX; i += 3) {
                        red += in[i] & 0xff;
                        green += in[i + 1] & 0xff;
                        blue += in[i + 2] & 0xff;
                    }
                    sums[3 * ox] += red;
                    sums[3 * ox + 1] += green;
                    sums[3 * ox + 2] += blue;
                }
            }
            int rows = toY - fromY;
            int o = 3 * oy * outWidth;
            for (int ox = 0; ox < outWidth; ox++) {
                int count = rows * (Math.min(ox * factorX + factorX, width) - ox * factorX);
                long multiplier = (long) (4294967296f / (float) (256 * count));
                int amend = count / 2;
                for (int c = 0; c < 3; c++) {
                    out[o + 3 * ox + c] = (byte) (((sums[3 * ox + c] + amend) * multiplier) >>> 24);
                }
            }
        }
        return new RgbImage(outWidth, outHeight, out);
    }
}
