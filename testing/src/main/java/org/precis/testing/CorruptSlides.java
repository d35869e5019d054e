package org.precis.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of sample slides with known damage, for the tests of what a pipeline does with a bad tile. */
public final class CorruptSlides {

    /** CMU-1-Small-Region.svs: one level of 2220 x 2967 px, JPEG tiles of 240 px, 10 across. */
    private static final String CMU1_SMALL_REGION = "samples/wsi/CMU-1-Small-Region.svs";

    private static final int CMU1_TILES_ACROSS = 10;

    private CorruptSlides() {}

    /**
     * A copy of CMU-1-Small-Region.svs, named {@code corrupt-tile.svs} in {@code folder}, whose
     * level-0 JPEG tile ({@code column}, {@code row}) ends half way through its entropy-coded data:
     * a reader must refuse it (libjpeg would fill the rest with grey and only warn).
     */
    public static Path cmu1SmallRegionWithCutTile(Path folder, int column, int row) throws IOException {
        byte[] bytes = Files.readAllBytes(SampleData.path(CMU1_SMALL_REGION));
        long[] where = levelZeroTile(bytes, row * CMU1_TILES_ACROSS + column);
        int half = (int) (where[0] + where[1] / 2);
        bytes[half] = (byte) 0xFF;
        bytes[half + 1] = (byte) 0xD9;
        Path copy = folder.resolve("corrupt-tile.svs");
        Files.write(copy, bytes);
        return copy;
    }

    /** Offset and byte count of tile {@code index} in the first IFD of a little-endian classic TIFF, read here. */
    private static long[] levelZeroTile(byte[] file, int index) {
        ByteBuffer buffer = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (buffer.getShort(0) != 0x4949 || buffer.getShort(2) != 42) {
            throw new IllegalStateException("not a little-endian classic TIFF");
        }
        int ifd = buffer.getInt(4);
        int entries = buffer.getShort(ifd) & 0xffff;
        long offset = -1;
        long count = -1;
        for (int e = 0; e < entries; e++) {
            int entry = ifd + 2 + 12 * e;
            int tag = buffer.getShort(entry) & 0xffff;
            int type = buffer.getShort(entry + 2);
            int values = buffer.getInt(entry + 8);
            if (type != 4) {
                continue;
            }
            if (tag == 324) {
                offset = buffer.getInt(values + 4 * index) & 0xffffffffL;
            } else if (tag == 325) {
                count = buffer.getInt(values + 4 * index) & 0xffffffffL;
            }
        }
        if (offset < 0 || count < 0) {
            throw new IllegalStateException("no LONG TileOffsets/TileByteCounts in the first IFD");
        }
        return new long[] {offset, count};
    }
}
