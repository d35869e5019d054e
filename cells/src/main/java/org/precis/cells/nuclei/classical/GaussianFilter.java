package org.precis.cells.nuclei.classical;

/**
 * Separable Gaussian smoothing of a plane, as {@code scipy.ndimage.gaussian_filter} with {@code
 * mode='nearest'} and {@code truncate=4} (scikit-image's {@code gaussian}): the kernel reaches
 * {@code round(4 sigma)} pixels, and pixels beyond the edge repeat the edge pixel.
 */
final class GaussianFilter {

    private static final double TRUNCATE = 4.0;

    private final double[] kernel;
    private final int radius;

    /** {@code sigma} in pixels; 0 leaves the plane as it is. */
    GaussianFilter(double sigma) {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and not negative: " + sigma);
        }
        radius = (int) (TRUNCATE * sigma + 0.5);
        kernel = new double[2 * radius + 1];
        if (radius == 0) {
            kernel[0] = 1;
            return;
        }
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = Math.exp(-0.5 / (sigma * sigma) * (i * i));
            sum += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= sum;
        }
    }

    /**
     * A new, smoothed plane; {@code plane} is left alone. Sums as scipy's {@code correlate1d} does
     * for a symmetric kernel: the centre, then each pair of pixels at the same distance, added
     * before multiplying.
     */
    double[] apply(double[] plane, int width, int height) {
        if (radius == 0) {
            return plane.clone();
        }
        double centre = kernel[radius];
        // along y first (axis 0), as scipy; whole rows at a time, so that memory is read in order
        // and the inner loops vectorise
        double[] rows = new double[plane.length];
        for (int y = 0; y < height; y++) {
            int offset = y * width;
            for (int x = 0; x < width; x++) {
                rows[offset + x] = centre * plane[offset + x];
            }
            for (int j = 1; j <= radius; j++) {
                double weight = kernel[radius + j];
                int above = Math.max(0, y - j) * width;
                int below = Math.min(height - 1, y + j) * width;
                for (int x = 0; x < width; x++) {
                    rows[offset + x] += (plane[above + x] + plane[below + x]) * weight;
                }
            }
        }
        double[] out = new double[plane.length];
        double[] padded = new double[width + 2 * radius];
        double[] sum = new double[width];
        for (int y = 0; y < height; y++) {
            int offset = y * width;
            for (int x = -radius; x < width + radius; x++) {
                padded[x + radius] = rows[offset + Math.min(width - 1, Math.max(0, x))];
            }
            for (int x = 0; x < width; x++) {
                sum[x] = centre * padded[x + radius];
            }
            for (int j = 1; j <= radius; j++) {
                double weight = kernel[radius + j];
                for (int x = 0; x < width; x++) {
                    sum[x] += (padded[x + radius - j] + padded[x + radius + j]) * weight;
                }
            }
            System.arraycopy(sum, 0, out, offset, width);
        }
        return out;
    }
}
