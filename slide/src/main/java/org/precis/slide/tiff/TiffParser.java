package org.precis.slide.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLimitException;
import org.precis.slide.spi.ReadLimits;
import org.precis.slide.spi.SlideFile;

/**
 * Reads the header and every IFD of a TIFF or BigTIFF file, following the main chain and
 * SubIFDs. Loops, offsets past the end, and absurd counts are errors, not hangs.
 */
final class TiffParser {

    private static final int MAX_ENTRIES_PER_DIRECTORY = 4096;
    private static final int MAX_SUB_IFD_DEPTH = 2;

    private final SlideFile source;
    private final ReadLimits limits;
    private final Set<Long> visited = new HashSet<>();
    private ByteOrder order;
    private boolean bigTiff;
    private int directories;

    private TiffParser(SlideFile source, ReadLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** Whether these bytes start like a TIFF or BigTIFF file. */
    static boolean looksLikeTiff(byte[] head) {
        if (head.length < 8) {
            return false;
        }
        boolean little = head[0] == 'I' && head[1] == 'I' && head[3] == 0 && (head[2] == 42 || head[2] == 43);
        boolean big = head[0] == 'M' && head[1] == 'M' && head[2] == 0 && (head[3] == 42 || head[3] == 43);
        return little || big;
    }

    static TiffStructure parse(SlideFile source, ReadLimits limits) throws SlideException {
        return new TiffParser(source, limits).parse();
    }

    /**
     * The first image directory alone, for a format deciding whether a file is its own: reading
     * the whole chain (thousands of tile offsets) three times per open is work done for nothing.
     */
    static TiffDirectory firstDirectory(SlideFile source, ReadLimits limits) throws SlideException {
        TiffParser parser = new TiffParser(source, limits);
        return parser.readDirectory(0, parser.readHeader(), 0).directory();
    }

    private TiffStructure parse() throws SlideException {
        List<TiffDirectory> chain = new ArrayList<>();
        long next = readHeader();
        while (next != 0) {
            Read read = readDirectory(chain.size(), next, 0);
            chain.add(read.directory());
            next = read.next();
        }
        if (chain.isEmpty()) {
            throw new CorruptSlideException(source.path(), "the TIFF file has no image directory");
        }
        return new TiffStructure(order, bigTiff, chain);
    }

    /** Reads the header, sets the byte order and flavour, and returns the first IFD's offset. */
    private long readHeader() throws SlideException {
        byte[] header = source.read(0, (int) Math.min(16, source.size()), "TIFF header");
        if (!looksLikeTiff(header)) {
            throw new CorruptSlideException(source.path(), "not a TIFF file (bad header)");
        }
        order = header[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer buffer = ByteBuffer.wrap(header).order(order);
        int version = buffer.getShort(2) & 0xffff;
        long first;
        if (version == 43) {
            bigTiff = true;
            if (header.length < 16 || buffer.getShort(4) != 8 || buffer.getShort(6) != 0) {
                throw new CorruptSlideException(source.path(), "BigTIFF header is damaged");
            }
            first = buffer.getLong(8);
        } else {
            first = buffer.getInt(4) & 0xffffffffL;
        }
        return first;
    }

    private record Read(TiffDirectory directory, long next) {}

    private Read readDirectory(int index, long offset, int depth) throws SlideException {
        if (!visited.add(offset)) {
            throw new CorruptSlideException(source.path(), "IFD chain loops back to offset " + offset);
        }
        if (++directories > limits.maxDirectories()) {
            throw new SlideLimitException(source.path(), "more than " + limits.maxDirectories() + " image directories");
        }
        int countSize = bigTiff ? 8 : 2;
        int entrySize = bigTiff ? 20 : 12;
        int offsetSize = bigTiff ? 8 : 4;
        ByteBuffer countBytes =
                ByteBuffer.wrap(source.read(offset, countSize, "IFD " + index)).order(order);
        long entries = bigTiff ? countBytes.getLong() : countBytes.getShort() & 0xffff;
        if (entries <= 0 || entries > MAX_ENTRIES_PER_DIRECTORY) {
            throw new CorruptSlideException(
                    source.path(), "IFD " + index + " at offset " + offset + " claims " + entries + " entries");
        }
        ByteBuffer table = ByteBuffer.wrap(source.read(
                        offset + countSize, (int) (entries * entrySize + offsetSize), "IFD " + index + " entries"))
                .order(order);
        Map<Integer, TiffField> fields = new HashMap<>();
        for (int i = 0; i < entries; i++) {
            int base = i * entrySize;
            int tag = table.getShort(base) & 0xffff;
            FieldType type = FieldType.of(table.getShort(base + 2) & 0xffff);
            long count = bigTiff ? table.getLong(base + 4) : table.getInt(base + 4) & 0xffffffffL;
            if (type == null) {
                continue; // unknown types are skipped, as the TIFF spec asks
            }
            if (count < 0 || count > limits.maxArrayEntries()) {
                throw new SlideLimitException(
                        source.path(),
                        "IFD " + index + " tag " + tag + " has " + count + " values, more than the limit of "
                                + limits.maxArrayEntries());
            }
            long bytes = count * type.size;
            byte[] value;
            int valueAt = base + (bigTiff ? 12 : 8);
            if (bytes <= offsetSize) {
                value = new byte[(int) bytes];
                table.get(valueAt, value);
            } else {
                long at = bigTiff ? table.getLong(valueAt) : table.getInt(valueAt) & 0xffffffffL;
                if (bytes > source.size()) {
                    throw new CorruptSlideException(
                            source.path(),
                            "IFD " + index + " tag " + tag + " needs " + bytes + " bytes, more than the whole file");
                }
                value = source.read(at, (int) bytes, "IFD " + index + " tag " + tag);
            }
            fields.putIfAbsent(
                    tag, new TiffField(tag, type, (int) count, value, order)); // libtiff keeps the first of duplicates
        }
        long next = bigTiff
                ? table.getLong((int) (entries * entrySize))
                : table.getInt((int) (entries * entrySize)) & 0xffffffffL;
        List<TiffDirectory> subs = new ArrayList<>();
        TiffField subIfds = fields.get(TiffTag.SUB_IFDS);
        if (subIfds != null && depth < MAX_SUB_IFD_DEPTH) {
            for (long subOffset : subIfds.longs()) {
                subs.add(readDirectory(index, subOffset, depth + 1).directory());
            }
        }
        return new Read(new TiffDirectory(index, offset, fields, subs), next);
    }
}
