package org.precis.cells.nuclei.classical;

import java.util.Arrays;

/**
 * The area of a binary region's convex hull as scikit-image's {@code regionprops} counts it
 * ({@code area_convex}): the hull of the midpoints of the pixels' edges, and the number of pixel
 * centres inside it or on it.
 */
final class ConvexHullArea {

    private static final double ON_EDGE = 1e-9;

    /** Pixels of the hull of the region set in {@code region} (a box of the given size). */
    long of(boolean[] region, int width, int height) {
        // only the first and last pixel of each row can make the hull: four edge midpoints each
        double[] xs = new double[8 * height];
        double[] ys = new double[8 * height];
        int n = 0;
        for (int y = 0; y < height; y++) {
            int first = -1;
            int last = -1;
            for (int x = 0; x < width; x++) {
                if (region[y * width + x]) {
                    if (first < 0) {
                        first = x;
                    }
                    last = x;
                }
            }
            if (first < 0) {
                continue;
            }
            for (int x : first == last ? new int[] {first} : new int[] {first, last}) {
                xs[n] = x - 0.5;
                ys[n++] = y;
                xs[n] = x + 0.5;
                ys[n++] = y;
                xs[n] = x;
                ys[n++] = y - 0.5;
                xs[n] = x;
                ys[n++] = y + 0.5;
            }
        }
        int[] hull = hull(xs, ys, n);
        long count = 0;
        for (int y = 0; y < height; y++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < hull.length; i++) {
                int a = hull[i];
                int b = hull[(i + 1) % hull.length];
                double ya = ys[a];
                double yb = ys[b];
                if ((ya - y) * (yb - y) > 0) {
                    continue;
                }
                if (ya == yb) {
                    low = Math.min(low, Math.min(xs[a], xs[b]));
                    high = Math.max(high, Math.max(xs[a], xs[b]));
                } else {
                    double x = xs[a] + (y - ya) * (xs[b] - xs[a]) / (yb - ya);
                    low = Math.min(low, x);
                    high = Math.max(high, x);
                }
            }
            if (high >= low) {
                long from = (long) Math.ceil(low - ON_EDGE);
                long to = (long) Math.floor(high + ON_EDGE);
                from = Math.max(from, 0);
                to = Math.min(to, width - 1);
                count += Math.max(0, to - from + 1);
            }
        }
        return count;
    }

    /** Andrew's monotone chain; indices of the hull's corners, counter-clockwise in x-right, y-up. */
    private static int[] hull(double[] xs, double[] ys, int n) {
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> xs[a] != xs[b] ? Double.compare(xs[a], xs[b]) : Double.compare(ys[a], ys[b]));
        int[] chain = new int[2 * n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(xs, ys, chain[k - 2], chain[k - 1], boxed[i]) <= 0) {
                k--;
            }
            chain[k++] = boxed[i];
        }
        for (int i = n - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(xs, ys, chain[k - 2], chain[k - 1], boxed[i]) <= 0) {
                k--;
            }
            chain[k++] = boxed[i];
        }
        return Arrays.copyOf(chain, Math.max(1, k - 1));
    }

    private static double cross(double[] xs, double[] ys, int o, int a, int b) {
        return (xs[a] - xs[o]) * (ys[b] - ys[o]) - (ys[a] - ys[o]) * (xs[b] - xs[o]);
    }
}
