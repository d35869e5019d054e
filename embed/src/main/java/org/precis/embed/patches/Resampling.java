package org.precis.embed.patches;

import org.precis.slide.RgbImage;

/**
 * Resizes and crops RGB images with a triangle (bilinear) filter whose support widens with the
 * reduction factor, as Pillow's {@code BILINEAR} does: enlarging interpolates, reducing averages
 * instead of aliasing. Pixel centres sit at half-integers.
 */
final class Resampling {

    private Resampling() {}

    /** The centred square-ish crop of {@code fraction} of each side (1 = the whole image). */
    static RgbImage centreCrop(RgbImage image, double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("crop fraction must be in (0, 1]: " + fraction);
        }
        if (fraction == 1) {
            return image;
        }
        int width = Math.max(1, (int) Math.round(image.width() * fraction));
        int height = Math.max(1, (int) Math.round(image.height() * fraction));
        int left = (image.width() - width) / 2;
        int top = (image.height() - height) / 2;
        byte[] rgb = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(image.rgb(), 3 * ((top + y) * image.width() + left), rgb, 3 * y * width, 3 * width);
        }
        return new RgbImage(width, height, rgb);
    }

    /** The image resized to {@code width} x {@code height}; the same image if already that size. */
    static RgbImage resize(RgbImage image, int width, int height) {
        if (image.width() == width && image.height() == height) {
            return image;
        }
        float[] horizontal = pass(toFloats(image.rgb()), image.width(), image.height(), width, true);
        float[] both = pass(horizontal, width, image.height(), height, false);
        byte[] rgb = new byte[both.length];
        for (int i = 0; i < both.length; i++) {
            rgb[i] = (byte) Math.max(0, Math.min(255, Math.round(both[i])));
        }
        return new RgbImage(width, height, rgb);
    }

    private static float[] toFloats(byte[] rgb) {
        float[] values = new float[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            values[i] = rgb[i] & 0xff;
        }
        return values;
    }

    /** Resamples along x ({@code alongX}) or y, from {@code inSize} to {@code outSize} samples. */
    private static float[] pass(float[] in, int width, int height, int outSize, boolean alongX) {
        int inSize = alongX ? width : height;
        double scale = (double) inSize / outSize;
        double support = Math.max(1, scale);
        int outWidth = alongX ? outSize : width;
        int outHeight = alongX ? height : outSize;
        float[] out = new float[3 * outWidth * outHeight];
        for (int o = 0; o < outSize; o++) {
            double centre = (o + 0.5) * scale;
            int first = Math.max(0, (int) Math.floor(centre - support));
            int last = Math.min(inSize - 1, (int) Math.ceil(centre + support));
            double[] weights = new double[last - first + 1];
            double total = 0;
            for (int i = first; i <= last; i++) {
                double w = Math.max(0, 1 - Math.abs((i + 0.5 - centre) / support));
                weights[i - first] = w;
                total += w;
            }
            int lines = alongX ? height : width;
            for (int line = 0; line < lines; line++) {
                for (int c = 0; c < 3; c++) {
                    double sum = 0;
                    for (int i = first; i <= last; i++) {
                        int index = alongX ? 3 * (line * width + i) + c : 3 * (i * width + line) + c;
                        sum += weights[i - first] * in[index];
                    }
                    int target = alongX ? 3 * (line * outWidth + o) + c : 3 * (o * outWidth + line) + c;
                    out[target] = (float) (sum / total);
                }
            }
        }
        return out;
    }
}
