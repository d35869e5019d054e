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
            kernel[i + radius] = Math.exp(-0.5 * i * i / (sigma * sigma));
            sum += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= sum;
        }
    }

    /** A new, smoothed plane; {@code plane} is left alone. */
    double[] apply(double[] plane, int width, int height) {
        if (radius == 0) {
            return plane.clone();
        }
        double[] rows = new double[plane.length];
        // along y first (axis 0), as scipy; row by row, so that memory is read in order
        for (int y = 0; y < height; y++) {
            int offset = y * width;
            for (int k = 0; k < kernel.length; k++) {
                double weight = kernel[k];
                int source = Math.min(height - 1, Math.max(0, y + k - radius)) * width;
                for (int x = 0; x < width; x++) {
                    rows[offset + x] += weight * plane[source + x];
                }
            }
        }
        double[] out = new double[plane.length];
        double[] row = new double[width + 2 * radius];
        for (int y = 0; y < height; y++) {
            int offset = y * width;
            for (int x = -radius; x < width + radius; x++) {
                row[x + radius] = rows[offset + Math.min(width - 1, Math.max(0, x))];
            }
            for (int x = 0; x < width; x++) {
                double sum = 0;
                for (int k = 0; k < kernel.length; k++) {
                    sum += kernel[k] * row[x + k];
                }
                out[offset + x] = sum;
            }
        }
        return out;
    }
}
