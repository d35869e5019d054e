package org.precis.cells.nuclei.classical;

/**
 * Flooding of a plane from seeds within a mask, 4-connected, as scikit-image's {@code watershed}
 * without compactness or lines: a pixel takes the label of the neighbour that reaches it first, in
 * order of the plane's value and then of when it was reached. The queue is a 4-ary heap over
 * primitive arrays.
 */
final class SeededWatershed {

    /**
     * Labels 1..n of the n seeds, flooded over {@code mask} in increasing order of {@code plane};
     * 0 outside the mask and where no seed reaches. {@code components} labels the mask's
     * 4-connected components: the flood never crosses from one to another, so each is flooded on
     * its own, seeds of one component at a time, which keeps the memory it touches small (the
     * order within a component, and so every label, is the same as one flood of the whole image).
     */
    int[] flood(double[] plane, boolean[] mask, int[] seeds, int[] components, int width, int height) {
        int[] labels = new int[plane.length];
        for (int s = 0; s < seeds.length; s++) {
            labels[seeds[s]] = s + 1;
        }
        // seeds grouped by component, in their given order within it (a stable counting sort)
        int componentCount = 0;
        for (int seed : seeds) {
            componentCount = Math.max(componentCount, components[seed]);
        }
        int[] start = new int[componentCount + 2];
        for (int seed : seeds) {
            start[components[seed] + 1]++;
        }
        for (int c = 1; c < start.length; c++) {
            start[c] += start[c - 1];
        }
        int[] grouped = new int[seeds.length];
        int[] next = start.clone();
        for (int seed : seeds) {
            grouped[next[components[seed]]++] = seed;
        }
        Heap heap = new Heap(1024);
        long age = 1;
        for (int c = 0; c <= componentCount; c++) {
            for (int k = start[c]; k < start[c + 1]; k++) {
                heap.push(plane[grouped[k]], 0, grouped[k]);
            }
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

    /**
     * A 4-ary min-heap of (value, age, index), smallest value first, then oldest. Values are kept
     * as longs that sort as the doubles do, age and index packed in one long (age in the high
     * half), so that one comparison of each decides.
     */
    private static final class Heap {
        private long[] values;
        private long[] ageIndex;
        private int size;

        /** Starts small: the heap holds only the flood's front, a small part of the image. */
        Heap(int capacity) {
            values = new long[capacity];
            ageIndex = new long[capacity];
        }

        /** The double's bits, flipped so that signed long order is the double order (no NaN here). */
        private static long sortable(double value) {
            long bits = Double.doubleToRawLongBits(value == 0 ? 0.0 : value);
            return bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
        }

        void push(double value, long age, int index) {
            long v = sortable(value);
            long ai = age << 32 | index;
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, 2 * size);
                ageIndex = java.util.Arrays.copyOf(ageIndex, 2 * size);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 2;
                if (!less(v, ai, values[parent], ageIndex[parent])) {
                    break;
                }
                values[i] = values[parent];
                ageIndex[i] = ageIndex[parent];
                i = parent;
            }
            values[i] = v;
            ageIndex[i] = ai;
        }

        int popIndex() {
            int top = (int) ageIndex[0];
            size--;
            long v = values[size];
            long ai = ageIndex[size];
            int i = 0;
            while (true) {
                int first = 4 * i + 1;
                if (first >= size) {
                    break;
                }
                int best = first;
                int last = Math.min(first + 4, size);
                for (int c = first + 1; c < last; c++) {
                    if (less(values[c], ageIndex[c], values[best], ageIndex[best])) {
                        best = c;
                    }
                }
                if (!less(values[best], ageIndex[best], v, ai)) {
                    break;
                }
                values[i] = values[best];
                ageIndex[i] = ageIndex[best];
                i = best;
            }
            values[i] = v;
            ageIndex[i] = ai;
            return top;
        }

        private static boolean less(long value, long ageIndex, long otherValue, long otherAgeIndex) {
            return value < otherValue || (value == otherValue && ageIndex < otherAgeIndex);
        }
    }
}
