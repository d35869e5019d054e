package org.precis.slide.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** One IFD entry with its value bytes, decoded on demand in the file's byte order. */
record TiffField(int tag, FieldType type, int count, byte[] value, ByteOrder order) {

    /** Integer values (BYTE, SHORT, LONG, LONG8, IFD and signed variants). */
    long[] longs() {
        ByteBuffer buffer = ByteBuffer.wrap(value).order(order);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = switch (type) {
                case BYTE, UNDEFINED -> buffer.get() & 0xff;
                case SBYTE -> buffer.get();
                case SHORT -> buffer.getShort() & 0xffff;
                case SSHORT -> buffer.getShort();
                case LONG, IFD -> buffer.getInt() & 0xffffffffL;
                case SLONG -> buffer.getInt();
                case LONG8, SLONG8, IFD8 -> buffer.getLong();
                case RATIONAL, SRATIONAL, FLOAT, DOUBLE, ASCII -> (long) doubleAt(buffer, i);
            };
        }
        return out;
    }

    /** The first value as a number, whatever the type. */
    double number() {
        if (count == 0) {
            return Double.NaN;
        }
        return switch (type) {
            case RATIONAL, SRATIONAL, FLOAT, DOUBLE ->
                doubleAt(ByteBuffer.wrap(value).order(order), 0);
            default -> longs()[0];
        };
    }

    private double doubleAt(ByteBuffer buffer, int index) {
        return switch (type) {
            case RATIONAL -> {
                long numerator = buffer.getInt(8 * index) & 0xffffffffL;
                long denominator = buffer.getInt(8 * index + 4) & 0xffffffffL;
                yield denominator == 0 ? Double.NaN : (double) numerator / denominator;
            }
            case SRATIONAL -> {
                int denominator = buffer.getInt(8 * index + 4);
                yield denominator == 0 ? Double.NaN : (double) buffer.getInt(8 * index) / denominator;
            }
            case FLOAT -> buffer.getFloat(4 * index);
            case DOUBLE -> buffer.getDouble(8 * index);
            default -> Double.NaN;
        };
    }

    /** ASCII text up to the first NUL. */
    String text() {
        int end = 0;
        while (end < value.length && value[end] != 0) {
            end++;
        }
        return new String(value, 0, end, StandardCharsets.UTF_8);
    }
}
