package org.precis.cells.nuclei.classical;

import java.util.Arrays;

/**
 * Labels of the 4-connected components of a binary raster, numbered from 1 in raster order of
 * their first pixel (as {@code scipy.ndimage.label}); 0 is the background. Works on runs of set
 * pixels along rows: runs that overlap a run of the row above are joined (union–find), so the
 * work grows with the number of runs, not of pixels.
 */
final class ConnectedComponents {

    private final int[] labels;
    private final int count;
    private final int[] sizes;

    ConnectedComponents(boolean[] mask, int width, int height) {
        // runs as (row, start, end exclusive), in raster order
        int[] runStart = new int[16];
        int[] runEnd = new int[16];
        int[] rowFirstRun = new int[height + 1];
        int runs = 0;
        for (int y = 0; y < height; y++) {
            rowFirstRun[y] = runs;
            int row = y * width;
            int x = 0;
            while (x < width) {
                while (x < width && !mask[row + x]) {
                    x++;
                }
                if (x == width) {
                    break;
                }
                int start = x;
                while (x < width && mask[row + x]) {
                    x++;
                }
                if (runs == runStart.length) {
                    runStart = Arrays.copyOf(runStart, 2 * runs);
                    runEnd = Arrays.copyOf(runEnd, 2 * runs);
                }
                runStart[runs] = row + start;
                runEnd[runs] = row + x;
                runs++;
            }
        }
        rowFirstRun[height] = runs;
        int[] parent = new int[runs];
        for (int r = 0; r < runs; r++) {
            parent[r] = r;
        }
        for (int y = 1; y < height; y++) {
            int above = rowFirstRun[y - 1];
            int aboveEnd = rowFirstRun[y];
            int shift = width;
            for (int r = rowFirstRun[y]; r < rowFirstRun[y + 1]; r++) {
                int start = runStart[r] - shift;
                int end = runEnd[r] - shift;
                while (above < aboveEnd && runEnd[above] <= start) {
                    above++;
                }
                for (int a = above; a < aboveEnd && runStart[a] < end; a++) {
                    union(parent, r, a);
                }
            }
        }
        int[] labelOfRoot = new int[runs];
        int next = 0;
        labels = new int[mask.length];
        int[] runLabel = new int[runs];
        for (int r = 0; r < runs; r++) {
            int root = find(parent, r);
            if (labelOfRoot[root] == 0) {
                labelOfRoot[root] = ++next;
            }
            runLabel[r] = labelOfRoot[root];
            Arrays.fill(labels, runStart[r], runEnd[r], runLabel[r]);
        }
        count = next;
        sizes = new int[count + 1];
        for (int r = 0; r < runs; r++) {
            sizes[runLabel[r]] += runEnd[r] - runStart[r];
        }
    }

    private static int find(int[] parent, int r) {
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // the earlier run stays the root, so a root is its component's first run
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    }

    /** The label of each pixel (owned by this object: do not change it). */
    int[] labels() {
        return labels;
    }

    int count() {
        return count;
    }

    /** Pixels of each label (index 0 unused). */
    int[] sizes() {
        return sizes;
    }
}
