package org.precis.slide.spi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.SlideException;

/** Positional reads from one slide file, safe from many threads at once; reads past the end are {@link CorruptSlideException}s. */
public final class SlideFile implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private final long size;

    public SlideFile(Path path) throws SlideException {
        this.path = path;
        try {
            this.channel = FileChannel.open(path, StandardOpenOption.READ);
            this.size = channel.size();
        } catch (IOException e) {
            throw new SlideException(path, null, "cannot open: " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    public long size() {
        return size;
    }

    /** Reads exactly {@code length} bytes at {@code offset}, or says the file is too short. */
    public byte[] read(long offset, int length, String what) throws SlideException {
        if (offset < 0 || length < 0 || offset > size || length > size - offset) {
            throw new CorruptSlideException(
                    path,
                    what + " at offset " + offset + " (" + length + " bytes) lies past the end of the file (" + size
                            + " bytes)");
        }
        byte[] bytes = new byte[length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, offset + buffer.position());
                if (n < 0) {
                    throw new CorruptSlideException(path, what + ": the file ended early");
                }
            }
        } catch (IOException e) {
            throw new SlideException(path, null, "cannot read " + what + ": " + e.getMessage(), e);
        }
        return bytes;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a read-only channel loses nothing
        }
    }
}
