package org.precis.federation.secagg;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes the binary form of a message: a header (magic, version, type), then fields in order. */
final class MessageWriter {
  static final byte MAGIC_0 = 'P';
  static final byte MAGIC_1 = 'S';
  static final byte VERSION = 1;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final ByteArrayOutputStream out;

  MessageWriter(MessageType type, int expectedBytes) {
    out = new ByteArrayOutputStream(expectedBytes + 4);
    out.write(MAGIC_0);
    out.write(MAGIC_1);
    out.write(VERSION);
    out.write(type.code());
  }

  MessageWriter u16(int value) {
    out.write(value >>> 8);
    out.write(value);
    return this;
  }

  MessageWriter i32(int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
    return this;
  }

  MessageWriter string(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    u16(bytes.length);
    out.writeBytes(bytes);
    return this;
  }

  MessageWriter fixed(byte[] bytes) {
    out.writeBytes(bytes);
    return this;
  }

  /** An unsigned integer below the Shamir prime, as {@link ShamirSharing#SHARE_BYTES} big-endian bytes. */
  MessageWriter shareValue(BigInteger value) {
    out.writeBytes(ShamirSharing.toBytes(value));
    return this;
  }

  MessageWriter longs(long[] values) {
    byte[] bytes = new byte[8 * values.length];
    for (int i = 0; i < values.length; i++) {
      LONGS.set(bytes, 8 * i, values[i]);
    }
    out.writeBytes(bytes);
    return this;
  }

  byte[] toBytes() {
    return out.toByteArray();
  }
}
