package org.precis.slide;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * An 8-bit RGB raster, pixels interleaved row by row. The array is owned by the image: readers
 * hand over a fresh array and callers must not change it (copying every tile would halve the
 * read rate).
 */
public record RgbImage(int width, int height, byte[] rgb) {

    public RgbImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (rgb == null || rgb.length != 3L * width * height) {
            throw new IllegalArgumentException("expected " + 3L * width * height + " RGB bytes for " + width + "x"
                    + height + ", got " + (rgb == null ? "none" : rgb.length));
        }
    }

    /** A new image filled with one colour. */
    public static RgbImage filled(int width, int height, int red, int green, int blue) {
        byte[] pixels = new byte[Math.multiplyExact(3, Math.multiplyExact(width, height))];
        for (int i = 0; i < pixels.length; i += 3) {
            pixels[i] = (byte) red;
            pixels[i + 1] = (byte) green;
            pixels[i + 2] = (byte) blue;
        }
        return new RgbImage(width, height, pixels);
    }

    /** Packed 0xRRGGBB value of one pixel. */
    public int rgbAt(int x, int y) {
        int i = 3 * (y * width + x);
        return (rgb[i] & 0xff) << 16 | (rgb[i + 1] & 0xff) << 8 | rgb[i + 2] & 0xff;
    }

    /** A copy as a {@code TYPE_3BYTE_BGR} image for {@code ImageIO}. */
    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < rgb.length; i += 3) {
            bgr[i] = rgb[i + 2];
            bgr[i + 1] = rgb[i + 1];
            bgr[i + 2] = rgb[i];
        }
        return image;
    }

    /** Converts any {@code BufferedImage} to RGB. */
    public static RgbImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] pixels = new byte[3 * w * h];
        for (int i = 0; i < argb.length; i++) {
            pixels[3 * i] = (byte) (argb[i] >> 16);
            pixels[3 * i + 1] = (byte) (argb[i] >> 8);
            pixels[3 * i + 2] = (byte) argb[i];
        }
        return new RgbImage(w, h, pixels);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RgbImage that
                && width == that.width
                && height == that.height
                && Arrays.equals(rgb, that.rgb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rgb);
    }

    @Override
    public String toString() {
        return "RgbImage[" + width + "x" + height + "]";
    }
}
