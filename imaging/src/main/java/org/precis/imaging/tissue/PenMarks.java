package org.precis.imaging.tissue;

import java.util.Arrays;
import org.precis.slide.RgbImage;

/** Which pixels of a low-resolution view are pen ink, and of which colour. Immutable. */
public final class PenMarks {

    private static final byte NONE = -1;

    private final int width;
    private final int height;
    private final byte[] inks;
    private final long[] counts = new long[PenInk.values().length];

    private PenMarks(int width, int height, byte[] inks) {
        this.width = width;
        this.height = height;
        this.inks = inks;
        for (byte ink : inks) {
            if (ink != NONE) {
                counts[ink]++;
            }
        }
    }

    /** Classifies every pixel of {@code image} by {@code rules}. */
    public static PenMarks find(RgbImage image, PenMarkRules rules) {
        byte[] rgb = image.rgb();
        byte[] inks = new byte[image.width() * image.height()];
        for (int i = 0; i < inks.length; i++) {
            inks[i] = (byte) rules.inkOrdinal(rgb[3 * i] & 0xff, rgb[3 * i + 1] & 0xff, rgb[3 * i + 2] & 0xff);
        }
        return new PenMarks(image.width(), image.height(), inks);
    }

    /** No ink anywhere. */
    public static PenMarks none(int width, int height) {
        byte[] inks = new byte[width * height];
        Arrays.fill(inks, NONE);
        return new PenMarks(width, height, inks);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean isInk(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IllegalArgumentException("pixel (" + x + ", " + y + ") is outside " + width + "x" + height);
        }
        return inks[y * width + x] != NONE;
    }

    public long pixels(PenInk ink) {
        return counts[ink.ordinal()];
    }

    public long inkPixels() {
        return Arrays.stream(counts).sum();
    }

    /** Ink pixels of any colour, row by row, as a new array. */
    public boolean[] raster() {
        boolean[] out = new boolean[inks.length];
        for (int i = 0; i < inks.length; i++) {
            out[i] = inks[i] != NONE;
        }
        return out;
    }
}
