package org.precis.imaging.qc;

import org.precis.slide.RgbImage;

/**
 * Sharpness of an image: the variance of its Laplacian, computed as {@code
 * numpy.var(scipy.ndimage.laplace(skimage.color.rgb2gray(image)))}. Grey is {@code 0.2125 R +
 * 0.7154 G + 0.0721 B} of channels scaled to [0, 1]; the Laplacian is the 5-point stencil with
 * {@code reflect} borders (the edge pixel repeated); the variance is the population variance.
 * Blur removes the high frequencies the Laplacian sees, so a blurred tile scores far lower.
 */
public final class LaplacianVariance {

    private LaplacianVariance() {}

    public static double of(RgbImage image) {
        int width = image.width();
        int height = image.height();
        byte[] rgb = image.rgb();
        double[] grey = new double[width * height];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = 0.2125 * ((rgb[3 * i] & 0xff) * (1.0 / 255))
                    + 0.7154 * ((rgb[3 * i + 1] & 0xff) * (1.0 / 255))
                    + 0.0721 * ((rgb[3 * i + 2] & 0xff) * (1.0 / 255));
        }
        double[] laplacian = new double[grey.length];
        double sum = 0;
        for (int y = 0; y < height; y++) {
            int up = Math.max(0, y - 1) * width;
            int down = Math.min(height - 1, y + 1) * width;
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int left = Math.max(0, x - 1);
                int right = Math.min(width - 1, x + 1);
                double centre = grey[row + x];
                // scipy sums the two 1-D second differences, axis 0 first
                double value = (grey[up + x] - 2 * centre + grey[down + x])
                        + (grey[row + left] - 2 * centre + grey[row + right]);
                laplacian[row + x] = value;
                sum += value;
            }
        }
        double mean = sum / laplacian.length;
        double squares = 0;
        for (double value : laplacian) {
            squares += (value - mean) * (value - mean);
        }
        return squares / laplacian.length;
    }
}
