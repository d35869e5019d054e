package org.precis.slide;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;

/**
 * How far two RGB images are apart, per channel value: the mean and the largest absolute
 * difference.
 */
public record ImageComparison(double meanAbsoluteDifference, int maxAbsoluteDifference) {

    public static ImageComparison of(RgbImage expected, RgbImage actual) {
        if (expected.width() != actual.width() || expected.height() != actual.height()) {
            throw new AssertionError("sizes differ: expected " + expected.width() + "x" + expected.height() + ", got "
                    + actual.width() + "x" + actual.height());
        }
        long sum = 0;
        int max = 0;
        byte[] a = expected.rgb();
        byte[] b = actual.rgb();
        for (int i = 0; i < a.length; i++) {
            int difference = Math.abs((a[i] & 0xff) - (b[i] & 0xff));
            sum += difference;
            max = Math.max(max, difference);
        }
        return new ImageComparison((double) sum / a.length, max);
    }

    /** A PNG from the test resources. */
    public static RgbImage resource(String path) throws IOException {
        try (InputStream in = ImageComparison.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("test resource missing: " + path);
            }
            BufferedImage image = ImageIO.read(in);
            return RgbImage.of(image);
        }
    }
}
