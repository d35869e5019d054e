package org.precis.slide.dicom;

import java.nio.file.Path;
import java.util.Arrays;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLimitException;
import org.precis.slide.spi.SlideFile;

/**
 * Finds the frames of encapsulated pixel data by walking its item headers (8 bytes each; the
 * fragments themselves are skipped, not read), then groups fragments into frames: one each
 * when there are as many fragments as frames, else by the Basic or Extended Offset Table, else
 * all fragments in one frame when there is only one.
 */
final class EncapsulatedFrames {

    private static final long UNDEFINED = 0xFFFFFFFFL;

    private EncapsulatedFrames() {}

    static FrameTable walk(
            SlideFile file, DicomDataset dataset, PixelDataLocation location, int frames, long maxFragments)
            throws SlideException {
        Path path = file.path();
        DicomInput in = new DicomInput(file, location.offset());
        int tag = in.tag("Basic Offset Table");
        long tableLength = in.u32("Basic Offset Table length");
        if (tag != DicomTag.ITEM || tableLength == UNDEFINED || tableLength % 4 != 0) {
            throw new CorruptSlideException(
                    path,
                    "encapsulated pixel data does not start with a Basic Offset Table" + " item (found "
                            + DicomTag.format(tag) + ", length " + tableLength + ")");
        }
        if (tableLength / 4 > maxFragments) {
            throw new SlideLimitException(
                    path, "Basic Offset Table of " + tableLength / 4 + " entries exceeds the limit of " + maxFragments);
        }
        byte[] table = in.bytes((int) Math.min(tableLength, Integer.MAX_VALUE - 8), "Basic Offset Table");
        long firstItem = in.position();
        long[] offsets = new long[16];
        int[] lengths = new int[16];
        int count = 0;
        while (true) {
            long itemStart = in.position();
            tag = in.tag("fragment");
            long length = in.u32("fragment length");
            if (tag == DicomTag.SEQUENCE_DELIMITATION) {
                break;
            }
            if (tag != DicomTag.ITEM || length == UNDEFINED) {
                throw new CorruptSlideException(
                        path,
                        "expected a pixel data fragment at offset " + itemStart + ", found " + DicomTag.format(tag));
            }
            if (length > Integer.MAX_VALUE - 8) {
                throw new SlideLimitException(
                        path, "pixel data fragment at offset " + itemStart + " of " + length + " bytes is too large");
            }
            if (count == maxFragments) {
                throw new SlideLimitException(path, "more than " + maxFragments + " pixel data fragments");
            }
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, 2 * count);
                lengths = Arrays.copyOf(lengths, 2 * count);
            }
            offsets[count] = in.position();
            lengths[count] = (int) length;
            count++;
            in.skip(length, "pixel data fragment");
        }
        offsets = Arrays.copyOf(offsets, count);
        lengths = Arrays.copyOf(lengths, count);
        return new FrameTable(offsets, lengths, group(path, dataset, table, firstItem, offsets, frames));
    }

    /** Index of each frame's first fragment, plus the fragment count at the end. */
    private static int[] group(
            Path path, DicomDataset dataset, byte[] basicTable, long firstItem, long[] offsets, int frames)
            throws SlideException {
        int fragments = offsets.length;
        int[] first = new int[frames + 1];
        if (fragments == frames) {
            for (int i = 0; i <= frames; i++) {
                first[i] = i;
            }
            return first;
        }
        if (frames == 1 && fragments > 0) {
            first[1] = fragments;
            return first;
        }
        long[] frameStarts = frameStarts(dataset, basicTable, frames);
        if (frameStarts == null || fragments < frames) {
            throw new CorruptSlideException(
                    path,
                    "the pixel data has " + fragments + " fragments for " + frames
                            + " frames and no offset table that says which fragments make up each frame");
        }
        // item header 8 bytes before each fragment's data; offsets are from the first item
        int fragment = 0;
        for (int frame = 0; frame < frames; frame++) {
            long target = firstItem + frameStarts[frame] + 8;
            while (fragment < fragments && offsets[fragment] < target) {
                fragment++;
            }
            if (fragment == fragments || offsets[fragment] != target || frame > 0 && fragment <= first[frame - 1]) {
                throw new CorruptSlideException(
                        path, "the offset table's entry for frame " + (frame + 1) + " does not point at a fragment");
            }
            first[frame] = fragment;
        }
        first[frames] = fragments;
        return first;
    }

    /** Offsets of each frame's first item from the first fragment item, or null when no table has them. */
    private static long[] frameStarts(DicomDataset dataset, byte[] basicTable, int frames) {
        if (basicTable.length == 4L * frames) {
            long[] starts = new long[frames];
            for (int i = 0; i < frames; i++) {
                int at = 4 * i;
                starts[i] = (basicTable[at] & 0xffL)
                        | (basicTable[at + 1] & 0xffL) << 8
                        | (basicTable[at + 2] & 0xffL) << 16
                        | (basicTable[at + 3] & 0xffL) << 24;
            }
            return starts;
        }
        byte[] extended = dataset.element(DicomTag.EXTENDED_OFFSET_TABLE)
                .map(DicomElement::value)
                .orElse(null);
        if (extended != null && extended.length == 8L * frames) {
            long[] starts = new long[frames];
            for (int i = 0; i < frames; i++) {
                long value = 0;
                for (int b = 7; b >= 0; b--) {
                    value = value << 8 | (extended[8 * i + b] & 0xffL);
                }
                if (value < 0) {
                    return null;
                }
                starts[i] = value;
            }
            return starts;
        }
        return null;
    }
}
