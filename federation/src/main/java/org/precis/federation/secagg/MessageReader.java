package org.precis.federation.secagg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a message written by {@link MessageWriter}, checking every length against the bytes that
 * remain (and against fixed limits) before anything is allocated, so malformed or truncated bytes
 * from the network end in a {@link SecAggException}, never in another exception or a huge array.
 */
final class MessageReader {
    /** Identities are certificate CNs: short. */
    static final int MAX_ID_BYTES = 256;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final ByteBuffer in;
    private final String what;

    MessageReader(byte[] bytes, MessageType type, String what) {
        this.what = what;
        if (bytes == null) {
            throw new SecAggException("malformed " + what + ": no bytes");
        }
        in = ByteBuffer.wrap(bytes);
        need(4);
        if (in.get() != MessageWriter.MAGIC_0 || in.get() != MessageWriter.MAGIC_1) {
            throw new SecAggException("malformed " + what + ": not a secure-aggregation message");
        }
        byte version = in.get();
        if (version != MessageWriter.VERSION) {
            throw new SecAggException("malformed " + what + ": unsupported version " + version);
        }
        int code = in.get();
        if (code != type.code()) {
            throw new SecAggException("malformed " + what + ": message type " + code + ", expected " + type.code());
        }
    }

    int u16() {
        need(2);
        return in.getShort() & 0xFFFF;
    }

    /** A count of items of at least {@code minItemBytes} each, at most {@code max}. */
    int count(int max, int minItemBytes) {
        need(4);
        int count = in.getInt();
        if (count < 0 || count > max) {
            throw new SecAggException("malformed " + what + ": count " + count + " outside 0.." + max);
        }
        if ((long) count * minItemBytes > in.remaining()) {
            throw new SecAggException("malformed " + what + ": truncated (" + count + " items declared)");
        }
        return count;
    }

    String identity() {
        int length = u16();
        if (length == 0 || length > MAX_ID_BYTES) {
            throw new SecAggException("malformed " + what + ": identity of " + length + " bytes");
        }
        need(length);
        byte[] bytes = new byte[length];
        in.get(bytes);
        try {
            String id = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (id.isBlank()) {
                throw new SecAggException("malformed " + what + ": blank identity");
            }
            return id;
        } catch (CharacterCodingException e) {
            throw new SecAggException("malformed " + what + ": identity is not UTF-8");
        }
    }

    byte[] fixed(int length) {
        need(length);
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    BigInteger shareValue() {
        BigInteger value = new BigInteger(1, fixed(ShamirSharing.SHARE_BYTES));
        if (value.compareTo(ShamirSharing.PRIME) >= 0) {
            throw new SecAggException("malformed " + what + ": share value outside the field");
        }
        return value;
    }

    long[] longs(int count) {
        if ((long) count * 8 > in.remaining()) {
            throw new SecAggException("malformed " + what + ": truncated vector");
        }
        long[] values = new long[count];
        int offset = in.position();
        byte[] array = in.array();
        for (int i = 0; i < count; i++) {
            values[i] = (long) LONGS.get(array, offset + 8 * i);
        }
        in.position(offset + 8 * count);
        return values;
    }

    void end() {
        if (in.hasRemaining()) {
            throw new SecAggException("malformed " + what + ": " + in.remaining() + " trailing bytes");
        }
    }

    SecAggException invalid(String reason) {
        return new SecAggException("malformed " + what + ": " + reason);
    }

    private void need(int bytes) {
        if (in.remaining() < bytes) {
            throw new SecAggException("malformed " + what + ": truncated");
        }
    }
}
