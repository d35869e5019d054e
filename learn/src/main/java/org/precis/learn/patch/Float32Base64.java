package org.precis.learn.patch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * A matrix as little-endian float32 values, row by row, in base64: compact for the MLP's large
 * hidden layer, and exact for weights trained in float32.
 */
final class Float32Base64 {

    private Float32Base64() {}

    static String encode(double[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        ByteBuffer buffer =
                ByteBuffer.allocate(rows.length * columns * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] row : rows) {
            for (double value : row) {
                buffer.putFloat((float) value);
            }
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    static double[][] decode(String text, int rowCount, int columns, String field) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "' is not base64");
        }
        if (bytes.length != (long) rowCount * columns * Float.BYTES) {
            throw new IllegalArgumentException("'" + field + "' holds " + bytes.length + " bytes, expected " + rowCount
                    + " x " + columns + " float32 values");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        double[][] rows = new double[rowCount][columns];
        for (double[] row : rows) {
            for (int c = 0; c < columns; c++) {
                row[c] = buffer.getFloat();
            }
        }
        return rows;
    }
}
