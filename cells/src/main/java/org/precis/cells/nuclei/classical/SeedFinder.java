package org.precis.cells.nuclei.classical;

import java.util.Arrays;

/**
 * The seeds of the watershed: in each connected component of the foreground, the local maxima of
 * a plane (the smoothed distance to the background) over a square of side {@code 2d + 1} that
 * exceed 0, taken highest first and kept only when no kept seed lies closer than {@code d} in both
 * axes. This is scikit-image's {@code peak_local_max(plane, min_distance=d, threshold_abs=0,
 * labels=components, exclude_border=False)}; ties of height are taken in raster order (scikit-image
 * leaves their order to an unstable sort). A component whose pixels are all equal has no seed, as
 * there.
 */
final class SeedFinder {

    private final int minDistance;

    SeedFinder(int minDistance) {
        if (minDistance < 1) {
            throw new IllegalArgumentException("minimum seed distance must be at least 1 pixel: " + minDistance);
        }
        this.minDistance = minDistance;
    }

    /** Seed pixel indices, component by component. */
    int[] find(double[] plane, ConnectedComponents components, int width, int height) {
        int count = components.count();
        int[] labels = components.labels();
        int[] minX = new int[count + 1];
        int[] minY = new int[count + 1];
        int[] maxX = new int[count + 1];
        int[] maxY = new int[count + 1];
        Arrays.fill(minX, Integer.MAX_VALUE);
        Arrays.fill(minY, Integer.MAX_VALUE);
        Arrays.fill(maxX, -1);
        Arrays.fill(maxY, -1);
        for (int y = 0, p = 0; y < height; y++) {
            for (int x = 0; x < width; x++, p++) {
                int label = labels[p];
                if (label != 0) {
                    minX[label] = Math.min(minX[label], x);
                    maxX[label] = Math.max(maxX[label], x);
                    minY[label] = Math.min(minY[label], y);
                    maxY[label] = Math.max(maxY[label], y);
                }
            }
        }
        RunningExtremum maximum = new RunningExtremum(minDistance, false);
        int[] seeds = new int[16];
        int seedCount = 0;
        for (int label = 1; label <= count; label++) {
            int boxWidth = maxX[label] - minX[label] + 1;
            int boxHeight = maxY[label] - minY[label] + 1;
            double[] box = new double[boxWidth * boxHeight];
            for (int by = 0; by < boxHeight; by++) {
                int row = (minY[label] + by) * width + minX[label];
                for (int bx = 0; bx < boxWidth; bx++) {
                    box[by * boxWidth + bx] = labels[row + bx] == label ? plane[row + bx] : Double.NEGATIVE_INFINITY;
                }
            }
            double[] peaks = maximum.square(box, boxWidth, boxHeight);
            int candidates = 0;
            int inside = 0;
            int[] order = new int[box.length];
            double[] heights = new double[box.length];
            for (int b = 0; b < box.length; b++) {
                if (box[b] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                inside++;
                if (box[b] == peaks[b]) {
                    heights[candidates] = box[b];
                    order[candidates++] = b;
                }
            }
            if (candidates == inside) {
                continue;
            }
            int[] byHeight = highestFirst(heights, candidates);
            int[] keptX = new int[candidates];
            int[] keptY = new int[candidates];
            int kept = 0;
            for (int c : byHeight) {
                if (!(heights[c] > 0)) {
                    continue;
                }
                int bx = order[c] % boxWidth;
                int by = order[c] / boxWidth;
                boolean spaced = true;
                for (int k = 0; k < kept && spaced; k++) {
                    spaced = Math.max(Math.abs(keptX[k] - bx), Math.abs(keptY[k] - by)) >= minDistance;
                }
                if (spaced) {
                    keptX[kept] = bx;
                    keptY[kept] = by;
                    kept++;
                    if (seedCount == seeds.length) {
                        seeds = Arrays.copyOf(seeds, 2 * seeds.length);
                    }
                    seeds[seedCount++] = (minY[label] + by) * width + minX[label] + bx;
                }
            }
        }
        return Arrays.copyOf(seeds, seedCount);
    }

    /** Indices 0..n-1 ordered by height, highest first, equal heights in their given order. */
    private static int[] highestFirst(double[] heights, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int start = 0; start < n; start += 2 * width) {
                int middle = Math.min(n, start + width);
                int end = Math.min(n, start + 2 * width);
                int a = start;
                int b = middle;
                int k = start;
                while (a < middle && b < end) {
                    buffer[k++] = heights[order[b]] > heights[order[a]] ? order[b++] : order[a++];
                }
                while (a < middle) {
                    buffer[k++] = order[a++];
                }
                while (b < end) {
                    buffer[k++] = order[b++];
                }
            }
            int[] swap = order;
            order = buffer;
            buffer = swap;
        }
        return order;
    }
}
