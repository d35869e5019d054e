package org.precis.embed.hdf5;

import java.util.Arrays;

/**
 * A float32 matrix held row after row in one array, as Precis keeps features, and as the array of
 * rows jhdf reads and writes for a 2-D dataset.
 */
public final class Float32Rows {

    private Float32Rows() {}

    /** The {@code count} rows of {@code dimension} values in {@code values}. */
    public static float[][] split(float[] values, int count, int dimension) {
        float[][] rows = new float[count][];
        for (int i = 0; i < count; i++) {
            rows[i] = Arrays.copyOfRange(values, i * dimension, (i + 1) * dimension);
        }
        return rows;
    }

    /** The first {@code count} rows' first {@code dimension} values, row after row. */
    public static float[] join(float[][] rows, int count, int dimension) {
        float[] values = new float[count * dimension];
        for (int i = 0; i < count; i++) {
            System.arraycopy(rows[i], 0, values, i * dimension, dimension);
        }
        return values;
    }
}
