package org.precis.cells.nuclei.classical;

/**
 * Labels of the 4-connected components of a binary raster, numbered from 1 in raster order of
 * their first pixel (as {@code scipy.ndimage.label}); 0 is the background.
 */
final class ConnectedComponents {

    private final int[] labels;
    private final int count;

    ConnectedComponents(boolean[] mask, int width, int height) {
        labels = new int[mask.length];
        int[] stack = new int[mask.length];
        int next = 0;
        for (int start = 0; start < mask.length; start++) {
            if (!mask[start] || labels[start] != 0) {
                continue;
            }
            next++;
            int top = 0;
            stack[top++] = start;
            labels[start] = next;
            while (top > 0) {
                int p = stack[--top];
                int x = p % width;
                if (x > 0 && mask[p - 1] && labels[p - 1] == 0) {
                    labels[p - 1] = next;
                    stack[top++] = p - 1;
                }
                if (x < width - 1 && mask[p + 1] && labels[p + 1] == 0) {
                    labels[p + 1] = next;
                    stack[top++] = p + 1;
                }
                if (p >= width && mask[p - width] && labels[p - width] == 0) {
                    labels[p - width] = next;
                    stack[top++] = p - width;
                }
                if (p + width < mask.length && mask[p + width] && labels[p + width] == 0) {
                    labels[p + width] = next;
                    stack[top++] = p + width;
                }
            }
        }
        count = next;
    }

    /** The label of each pixel (owned by this object: do not change it). */
    int[] labels() {
        return labels;
    }

    int count() {
        return count;
    }
}
