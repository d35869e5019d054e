package org.precis.cells.nuclei.classical;

/**
 * Exact Euclidean distance from each foreground pixel to the nearest background pixel, in pixels
 * (0 on the background), as {@code scipy.ndimage.distance_transform_edt}: the distance along each
 * column by two scans, then along rows Felzenszwalb and Huttenlocher's linear-time lower envelope
 * of parabolas, over each foreground run of a row and its two bounding background pixels only.
 * Outside the image is not background; an image without background is given the distance of its
 * diagonal.
 */
final class DistanceTransform {

    double[] apply(boolean[] foreground, int width, int height) {
        double far = (double) width * width + (double) height * height;
        // along columns: the distance to the nearest background pixel in the same column, by a
        // forward and a backward scan over whole rows (Meijster's first phase), in memory order
        int none = width + height;
        int[] column = new int[foreground.length];
        for (int x = 0; x < width; x++) {
            column[x] = foreground[x] ? none : 0;
        }
        for (int y = 1; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                column[row + x] = foreground[row + x] ? Math.min(none, column[row - width + x] + 1) : 0;
            }
        }
        for (int y = height - 2; y >= 0; y--) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                column[row + x] = Math.min(column[row + x], column[row + width + x] + 1);
            }
        }
        double[] f = new double[width];
        double[] d = new double[width];
        int[] v = new int[width];
        double[] z = new double[width + 1];
        double[] out = new double[foreground.length];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            // a foreground run's nearest background lies within the run and the background pixel
            // at each end (any parabola beyond one is above that pixel's, which is 0 there), so the
            // envelope is taken over each run with its ends only; the background stays 0
            int x = 0;
            while (x < width) {
                if (column[row + x] == 0) {
                    x++;
                    continue;
                }
                int runEnd = x;
                while (runEnd + 1 < width && column[row + runEnd + 1] != 0) {
                    runEnd++;
                }
                int from = Math.max(0, x - 1);
                int to = Math.min(width - 1, runEnd + 1);
                int n = to - from + 1;
                for (int i = 0; i < n; i++) {
                    int g = column[row + from + i];
                    f[i] = g >= none ? far : (double) g * g;
                }
                envelope(f, n, d, v, z);
                for (int i = x; i <= runEnd; i++) {
                    out[row + i] = Math.sqrt(Math.min(d[i - from], far));
                }
                x = runEnd + 1;
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
