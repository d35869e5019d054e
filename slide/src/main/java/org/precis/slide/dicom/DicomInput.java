package org.precis.slide.dicom;

import org.precis.slide.CorruptSlideException;
import org.precis.slide.SlideException;
import org.precis.slide.spi.SlideFile;

/**
 * A little-endian cursor over a slide file for the parser, reading through a window so that
 * thousands of small elements do not each cost a system call. One parse, one thread.
 */
final class DicomInput {

    private static final int WINDOW = 64 * 1024;

    private final SlideFile file;
    private long position;
    private byte[] window = new byte[0];
    private long windowStart;

    DicomInput(SlideFile file, long position) {
        this.file = file;
        this.position = position;
    }

    long position() {
        return position;
    }

    long remaining() {
        return file.size() - position;
    }

    long size() {
        return file.size();
    }

    void seek(long target) throws SlideException {
        if (target < 0 || target > file.size()) {
            throw new CorruptSlideException(
                    file.path(), "offset " + target + " lies outside the file (" + file.size() + " bytes)");
        }
        position = target;
    }

    void skip(long count, String what) throws SlideException {
        require(count, what);
        position += count;
    }

    byte[] bytes(int count, String what) throws SlideException {
        require(count, what);
        if (count > WINDOW) {
            byte[] direct = file.read(position, count, what);
            position += count;
            return direct;
        }
        if (position < windowStart || position + count > windowStart + window.length) {
            windowStart = position;
            window = file.read(position, (int) Math.min(WINDOW, file.size() - position), what);
        }
        byte[] out = new byte[count];
        System.arraycopy(window, (int) (position - windowStart), out, 0, count);
        position += count;
        return out;
    }

    int u16(String what) throws SlideException {
        byte[] b = bytes(2, what);
        return (b[0] & 0xff) | (b[1] & 0xff) << 8;
    }

    long u32(String what) throws SlideException {
        byte[] b = bytes(4, what);
        return (b[0] & 0xffL) | (b[1] & 0xffL) << 8 | (b[2] & 0xffL) << 16 | (b[3] & 0xffL) << 24;
    }

    /** A tag as {@code 0xGGGGEEEE}. */
    int tag(String what) throws SlideException {
        int group = u16(what);
        int element = u16(what);
        return group << 16 | element;
    }

    private void require(long count, String what) throws SlideException {
        if (count < 0 || count > remaining()) {
            throw new CorruptSlideException(
                    file.path(),
                    what + " at offset " + position + " needs " + count + " bytes but the file ends after "
                            + remaining() + " more (truncated?)");
        }
    }
}
