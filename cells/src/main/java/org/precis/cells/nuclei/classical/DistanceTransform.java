package org.precis.cells.nuclei.classical;

/**
 * Exact Euclidean distance from each foreground pixel to the nearest background pixel, in pixels
 * (0 on the background), as {@code scipy.ndimage.distance_transform_edt}: Felzenszwalb and
 * Huttenlocher's linear-time lower envelope of parabolas, along columns and then along rows.
 * Outside the image is not background; an image without background is given the distance of its
 * diagonal.
 */
final class DistanceTransform {

    double[] apply(boolean[] foreground, int width, int height) {
        double far = (double) width * width + (double) height * height;
        double[] squared = new double[foreground.length];
        int longest = Math.max(width, height);
        double[] f = new double[longest];
        double[] d = new double[longest];
        int[] v = new int[longest];
        double[] z = new double[longest + 1];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                f[y] = foreground[y * width + x] ? far : 0;
            }
            envelope(f, height, d, v, z);
            for (int y = 0; y < height; y++) {
                squared[y * width + x] = d[y];
            }
        }
        double[] out = new double[foreground.length];
        for (int y = 0; y < height; y++) {
            System.arraycopy(squared, y * width, f, 0, width);
            envelope(f, width, d, v, z);
            for (int x = 0; x < width; x++) {
                out[y * width + x] = Math.sqrt(Math.min(d[x], far));
            }
        }
        return out;
    }

    /** d[q] = min over p of (q - p)² + f[p], for q in [0, n). */
    private static void envelope(double[] f, int n, double[] d, int[] v, double[] z) {
        int k = 0;
        v[0] = 0;
        z[0] = Double.NEGATIVE_INFINITY;
        z[1] = Double.POSITIVE_INFINITY;
        for (int q = 1; q < n; q++) {
            double s = intersection(f, q, v[k]);
            while (s <= z[k]) {
                k--;
                s = intersection(f, q, v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            double dq = q - v[k];
            d[q] = dq * dq + f[v[k]];
        }
    }

    private static double intersection(double[] f, int q, int p) {
        return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * q - 2.0 * p);
    }
}
