package org.precis.federation.secagg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Writes the binary form of a message: a header (magic, version, type), then fields in order. */
final class MessageWriter {
    static final byte MAGIC_0 = 'P';
    static final byte MAGIC_1 = 'S';
    static final byte VERSION = 1;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Sized from the caller's estimate, so a 16 MB masked input is written without regrowing or copying. */
    private byte[] buffer;

    private int size;

    MessageWriter(MessageType type, int expectedBytes) {
        buffer = new byte[Math.max(16, expectedBytes + 4)];
        write(MAGIC_0);
        write(MAGIC_1);
        write(VERSION);
        write(type.code());
    }

    private void write(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
    }

    private void writeBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    MessageWriter u16(int value) {
        write(value >>> 8);
        write(value);
        return this;
    }

    MessageWriter i32(int value) {
        write(value >>> 24);
        write(value >>> 16);
        write(value >>> 8);
        write(value);
        return this;
    }

    MessageWriter string(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        u16(bytes.length);
        writeBytes(bytes);
        return this;
    }

    MessageWriter fixed(byte[] bytes) {
        writeBytes(bytes);
        return this;
    }

    /** An unsigned integer below the Shamir prime, as {@link ShamirSharing#SHARE_BYTES} big-endian bytes. */
    MessageWriter shareValue(BigInteger value) {
        writeBytes(ShamirSharing.toBytes(value));
        return this;
    }

    MessageWriter longs(long[] values) {
        ensure(8 * values.length);
        for (int i = 0; i < values.length; i++) {
            LONGS.set(buffer, size + 8 * i, values[i]);
        }
        size += 8 * values.length;
        return this;
    }

    byte[] toBytes() {
        return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
    }
}
