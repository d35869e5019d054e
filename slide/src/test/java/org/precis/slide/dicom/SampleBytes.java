package org.precis.slide.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sample's bytes and where its parts lie, for building broken copies. Walks the file with
 * a few lines of its own rather than the reader's parser, so that a parser bug cannot hide
 * itself in the test's set-up.
 */
final class SampleBytes {

    final byte[] bytes;

    SampleBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    static SampleBytes read() throws IOException {
        return new SampleBytes(Files.readAllBytes(DicomSample.path()));
    }

    /** First offset of the dataset: after preamble, DICM and the file meta group. */
    int datasetStart() {
        // (0002,0000) UL, 4: the group length, 12 bytes from offset 132
        return 132 + 12 + (int) u32(132 + 8);
    }

    /** Offset of the first byte of an ASCII or binary pattern, or -1. */
    int indexOf(byte[] pattern, int from) {
        outer:
        for (int i = from; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    int indexOf(String ascii) {
        return indexOf(ascii.getBytes(StandardCharsets.ISO_8859_1), 0);
    }

    /** Offset of the pixel data element's tag (7FE0,0010). */
    int pixelDataTag() {
        return indexOf(new byte[] {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'B'}, datasetStart());
    }

    /** Data offsets (after the 8-byte item header) of each fragment of the encapsulated pixel data. */
    List<int[]> fragments() {
        int at = pixelDataTag() + 12;
        at += 8 + (int) u32(at + 4); // Basic Offset Table
        List<int[]> found = new ArrayList<>();
        while (u16(at) == 0xFFFE && u16(at + 2) == 0xE000) {
            int length = (int) u32(at + 4);
            found.add(new int[] {at + 8, length});
            at += 8 + length;
        }
        return found;
    }

    byte[] copy() {
        return bytes.clone();
    }

    byte[] truncated(int length) {
        return Arrays.copyOf(bytes, length);
    }

    /** The sample with {@code inserted} placed at {@code offset}. */
    byte[] inserting(int offset, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, offset);
        out.writeBytes(inserted);
        out.write(bytes, offset, bytes.length - offset);
        return out.toByteArray();
    }

    int u16(int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    long u32(int at) {
        return (bytes[at] & 0xffL)
                | (bytes[at + 1] & 0xffL) << 8
                | (bytes[at + 2] & 0xffL) << 16
                | (bytes[at + 3] & 0xffL) << 24;
    }

    static void putU32(byte[] target, int at, long value) {
        for (int i = 0; i < 4; i++) {
            target[at + i] = (byte) (value >>> 8 * i);
        }
    }

    static Path write(Path folder, String name, byte[] content) throws IOException {
        Files.createDirectories(folder);
        return Files.write(folder.resolve(name), content);
    }
}
