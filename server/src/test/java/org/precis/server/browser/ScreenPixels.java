package org.precis.server.browser;

import java.awt.image.BufferedImage;

/** Measures of a viewer screenshot: how much of it shows tissue or a colour, how far two differ. */
final class ScreenPixels {
    private ScreenPixels() {}

    /** Pixels of a screenshot within 12 levels of {@code colour} in each channel. */
    static long near(BufferedImage image, int[] colour) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - colour[0]) < 12
                        && Math.abs(((rgb >> 8) & 0xff) - colour[1]) < 12
                        && Math.abs((rgb & 0xff) - colour[2]) < 12) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The share of pixels that are tissue-coloured (not the viewer's background or white glass). */
    static double tissueFraction(BufferedImage image) {
        long drawn = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                boolean pinkOrPurple = r > 60 && r - g > 25 && b - g > 10;
                if (pinkOrPurple) {
                    drawn++;
                }
            }
        }
        return drawn / (double) (image.getWidth() * image.getHeight());
    }

    /** Mean absolute difference of the grey levels of two same-sized screenshots. */
    static double meanGreyDifference(BufferedImage a, BufferedImage b) {
        int width = Math.min(a.getWidth(), b.getWidth());
        int height = Math.min(a.getHeight(), b.getHeight());
        double sum = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                sum += Math.abs(grey(a.getRGB(x, y)) - grey(b.getRGB(x, y)));
            }
        }
        return sum / ((double) width * height);
    }

    private static int grey(int rgb) {
        return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
    }
}
