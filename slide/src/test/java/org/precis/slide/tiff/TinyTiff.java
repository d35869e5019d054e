package org.precis.slide.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small classic little-endian TIFF files entry by entry, for tests that need a file to be
 * wrong in one precise way. Values of more than four bytes go after the IFD.
 */
final class TinyTiff {

    private record Entry(int tag, int type, int count, byte[] value) {}

    private final List<Entry> entries = new ArrayList<>();
    private byte[] payload = new byte[0];
    private Long nextIfd;

    /** One or more SHORT values. */
    TinyTiff shorts(int tag, int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            buffer.putShort((short) v);
        }
        entries.add(new Entry(tag, 3, values.length, buffer.array()));
        return this;
    }

    /** One or more LONG values. */
    TinyTiff longs(int tag, long... values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            buffer.putInt((int) v);
        }
        entries.add(new Entry(tag, 4, values.length, buffer.array()));
        return this;
    }

    /** Bytes placed after the IFD; {@link #payloadOffset()} says where. */
    TinyTiff payload(byte[] bytes) {
        this.payload = bytes;
        return this;
    }

    /** Where the next IFD offset points (default: none). */
    TinyTiff nextIfd(long offset) {
        this.nextIfd = offset;
        return this;
    }

    /** The file offset the payload will have. */
    long payloadOffset() {
        return 8 + 2 + 12L * entries.size() + 4 + overflowBytes();
    }

    private int overflowBytes() {
        int total = 0;
        for (Entry entry : entries) {
            if (entry.value().length > 4) {
                total += entry.value().length;
            }
        }
        return total;
    }

    byte[] bytes() {
        entries.sort((a, b) -> Integer.compare(a.tag(), b.tag()));
        int ifdSize = 2 + 12 * entries.size() + 4;
        ByteBuffer out = ByteBuffer.allocate(8 + ifdSize + overflowBytes() + payload.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        out.putShort((short) entries.size());
        int overflow = 8 + ifdSize;
        List<byte[]> pending = new ArrayList<>();
        for (Entry entry : entries) {
            out.putShort((short) entry.tag()).putShort((short) entry.type()).putInt(entry.count());
            if (entry.value().length <= 4) {
                byte[] inline = new byte[4];
                System.arraycopy(entry.value(), 0, inline, 0, entry.value().length);
                out.put(inline);
            } else {
                out.putInt(overflow);
                overflow += entry.value().length;
                pending.add(entry.value());
            }
        }
        out.putInt(nextIfd == null ? 0 : (int) (long) nextIfd);
        pending.forEach(out::put);
        out.put(payload);
        return out.array();
    }
}
