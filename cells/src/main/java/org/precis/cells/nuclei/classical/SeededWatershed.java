package org.precis.cells.nuclei.classical;

/**
 * Flooding of a plane from seeds within a mask, 4-connected, as scikit-image's {@code watershed}
 * without compactness or lines: a pixel takes the label of the neighbour that reaches it first, in
 * order of the plane's value and then of when it was reached. The queue is a binary heap over
 * primitive arrays.
 */
final class SeededWatershed {

    /**
     * Labels 1..n of the n seeds, flooded over {@code mask} in increasing order of {@code plane};
     * 0 outside the mask and where no seed reaches.
     */
    int[] flood(double[] plane, boolean[] mask, int[] seeds, int width, int height) {
        int[] labels = new int[plane.length];
        Heap heap = new Heap(plane.length + seeds.length);
        for (int s = 0; s < seeds.length; s++) {
            labels[seeds[s]] = s + 1;
        }
        for (int seed : seeds) {
            heap.push(plane[seed], 0, seed);
        }
        long age = 1;
        while (heap.size > 0) {
            int p = heap.popIndex();
            int label = labels[p];
            int x = p % width;
            if (x > 0) {
                age = visit(p - 1, label, plane, mask, labels, heap, age);
            }
            if (x < width - 1) {
                age = visit(p + 1, label, plane, mask, labels, heap, age);
            }
            if (p >= width) {
                age = visit(p - width, label, plane, mask, labels, heap, age);
            }
            if (p + width < plane.length) {
                age = visit(p + width, label, plane, mask, labels, heap, age);
            }
        }
        return labels;
    }

    private static long visit(int q, int label, double[] plane, boolean[] mask, int[] labels, Heap heap, long age) {
        if (!mask[q] || labels[q] != 0) {
            return age;
        }
        labels[q] = label;
        heap.push(plane[q], age + 1, q);
        return age + 1;
    }

    /** A min-heap of (value, age, index), smallest value first, then oldest. */
    private static final class Heap {
        private final double[] values;
        private final long[] ages;
        private final int[] indices;
        private int size;

        Heap(int capacity) {
            values = new double[capacity];
            ages = new long[capacity];
            indices = new int[capacity];
        }

        void push(double value, long age, int index) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!less(value, age, values[parent], ages[parent])) {
                    break;
                }
                values[i] = values[parent];
                ages[i] = ages[parent];
                indices[i] = indices[parent];
                i = parent;
            }
            values[i] = value;
            ages[i] = age;
            indices[i] = index;
        }

        int popIndex() {
            int top = indices[0];
            size--;
            double value = values[size];
            long age = ages[size];
            int index = indices[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(values[child + 1], ages[child + 1], values[child], ages[child])) {
                    child++;
                }
                if (!less(values[child], ages[child], value, age)) {
                    break;
                }
                values[i] = values[child];
                ages[i] = ages[child];
                indices[i] = indices[child];
                i = child;
            }
            values[i] = value;
            ages[i] = age;
            indices[i] = index;
            return top;
        }

        private static boolean less(double value, long age, double otherValue, long otherAge) {
            return value < otherValue || (value == otherValue && age < otherAge);
        }
    }
}
