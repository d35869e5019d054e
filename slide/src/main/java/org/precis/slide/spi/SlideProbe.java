package org.precis.slide.spi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The first bytes of a file and its size: enough for a format to recognise its own.
 *
 * @param path the file
 * @param size its length in bytes
 * @param head up to {@link #HEAD_BYTES} bytes from its start
 */
public record SlideProbe(Path path, long size, byte[] head) {

    public static final int HEAD_BYTES = 1024;

    public static SlideProbe of(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(HEAD_BYTES, size));
            while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
                // keep reading until the head is full or the file ends
            }
            return new SlideProbe(path, size, Arrays.copyOf(buffer.array(), buffer.position()));
        }
    }

    /** Whether the head starts with these bytes at this offset. */
    public boolean hasBytesAt(int offset, byte... expected) {
        if (offset + expected.length > head.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (head[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
