package org.precis.survival.cox;

import java.util.Arrays;

/**
 * Orders rows by a key without boxing: the keys are sorted as primitives, then the rows are
 * placed by a counting sort on each key's position among them. Rows with equal keys keep their
 * given order, so every sweep that uses it visits ties the same way each time.
 */
final class RowOrder {
  private RowOrder() {}

  /** The rows by rising key. */
  static int[] ascending(double[] key, int[] rows) {
    int m = rows.length;
    double[] sorted = new double[m];
    for (int i = 0; i < m; i++) {
      sorted[i] = key[rows[i]];
    }
    Arrays.sort(sorted);
    int[] slot = new int[m + 1];
    int[] position = new int[m];
    for (int i = 0; i < m; i++) {
      position[i] = firstIndexOf(sorted, key[rows[i]]);
      slot[position[i] + 1]++;
    }
    for (int i = 0; i < m; i++) {
      slot[i + 1] += slot[i];
    }
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[slot[position[i]]++] = rows[i];
    }
    return out;
  }

  /** The rows by falling key; equal keys keep their given order. */
  static int[] descending(double[] key, int[] rows) {
    double[] negated = new double[key.length];
    for (int i = 0; i < key.length; i++) {
      negated[i] = -key[i];
    }
    return ascending(negated, rows);
  }

  /** All rows 0 to n-1. */
  static int[] all(int n) {
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    return rows;
  }

  /** Index of the first element equal to the value in a sorted array that holds it. */
  private static int firstIndexOf(double[] sorted, double value) {
    int low = 0;
    int high = sorted.length - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (Double.compare(sorted[middle], value) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
