package org.precis.slide.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLimitException;
import org.precis.slide.UnsupportedSlideException;
import org.precis.slide.spi.SlideFile;

/**
 * Parses a DICOM Part 10 file up to the top-level Pixel Data element: the 128-byte preamble and
 * {@code DICM}, the file meta group (always explicit VR little endian), then the dataset in the
 * transfer syntax the meta group names. Sequences and items may have defined or undefined
 * length and nest up to {@link #MAX_DEPTH} deep. Value lengths are not checked against their
 * VR's maximum: real files exceed them and nothing here depends on it.
 *
 * <p>Every loop reads at least one 8-byte element or item header per turn, so parsing always
 * advances; every declared length is checked against the bytes left in the file (and the
 * enclosing item) before it is used; counts of elements and items are bounded.
 */
final class DicomParser {

    static final int MAX_DEPTH = 16;
    static final long MAX_ELEMENTS = 1L << 20;
    /** Largest value kept in memory; larger ones (other than offset tables) are skipped. */
    private static final int MAX_KEPT_VALUE = 1 << 20;
    /** Extended offset tables hold 8 bytes a frame. */
    private static final int MAX_KEPT_OFFSET_TABLE = 1 << 27;

    private static final long MAX_KEPT_TOTAL = 1L << 26;
    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final String IMPLICIT_LITTLE_ENDIAN = "1.2.840.10008.1.2";
    private static final String EXPLICIT_BIG_ENDIAN = "1.2.840.10008.1.2.2";
    private static final String DEFLATED = "1.2.840.10008.1.2.1.99";

    private enum Encoding {
        EXPLICIT_LITTLE_ENDIAN,
        IMPLICIT_LITTLE_ENDIAN
    }

    private final Path path;
    private final DicomInput in;
    private long elements;
    private long keptBytes;
    private PixelDataLocation pixelData;

    private DicomParser(SlideFile file) {
        this.path = file.path();
        this.in = new DicomInput(file, 0);
    }

    /** Whether these first bytes are a Part 10 preamble: {@code DICM} at offset 128. */
    static boolean hasPart10Preamble(byte[] head) {
        return head.length >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
    }

    static DicomHeader parse(SlideFile file) throws SlideException {
        return new DicomParser(file).parse();
    }

    private DicomHeader parse() throws SlideException {
        if (in.size() < 132 || !hasPart10Preamble(in.bytes(132, "preamble"))) {
            throw new CorruptSlideException(path, "not a DICOM Part 10 file: no \"DICM\" after the 128-byte preamble");
        }
        Map<Integer, DicomElement> meta = new LinkedHashMap<>();
        while (in.remaining() >= 8 && peekGroup() == 0x0002) {
            int tag = in.tag("file meta element");
            meta.put(tag, element(tag, Encoding.EXPLICIT_LITTLE_ENDIAN, 0));
        }
        DicomDataset metaGroup = new DicomDataset(meta);
        String syntax = metaGroup
                .string(DicomTag.TRANSFER_SYNTAX_UID)
                .orElseThrow(() ->
                        new CorruptSlideException(path, "the file meta group has no Transfer Syntax UID (0002,0010)"));
        Encoding encoding = switch (syntax) {
            case IMPLICIT_LITTLE_ENDIAN -> Encoding.IMPLICIT_LITTLE_ENDIAN;
            case EXPLICIT_BIG_ENDIAN, DEFLATED ->
                throw new UnsupportedSlideException(
                        path, "transfer syntax " + syntax + " (big endian or deflated) is not supported");
            default -> Encoding.EXPLICIT_LITTLE_ENDIAN;
        };
        Map<Integer, DicomElement> top = new LinkedHashMap<>();
        while (in.remaining() > 0 && pixelData == null) {
            int tag = in.tag("data element");
            DicomElement element = element(tag, encoding, 0);
            if (element != null) {
                top.put(tag, element);
            }
        }
        return new DicomHeader(path, metaGroup, new DicomDataset(top), syntax, Optional.ofNullable(pixelData));
    }

    private int peekGroup() throws SlideException {
        long at = in.position();
        int group = in.u16("group");
        in.seek(at);
        return group;
    }

    /**
     * Reads one element after its tag. Returns null for the top-level pixel data, whose place is
     * recorded instead and which ends the parse.
     */
    private DicomElement element(int tag, Encoding encoding, int depth) throws SlideException {
        count(tag);
        if (tag >>> 16 == 0xFFFE) {
            throw new CorruptSlideException(
                    path,
                    "item tag " + DicomTag.format(tag) + " at offset " + (in.position() - 4)
                            + " where a data element was expected");
        }
        Vr vr;
        long length;
        if (encoding == Encoding.EXPLICIT_LITTLE_ENDIAN) {
            byte[] code = in.bytes(2, "VR of " + DicomTag.format(tag));
            vr = Vr.of(code[0], code[1])
                    .orElseThrow(() -> new CorruptSlideException(
                            path,
                            "element " + DicomTag.format(tag) + " at offset " + (in.position() - 6)
                                    + " has no valid VR"));
            if (vr.longLength()) {
                in.skip(2, "reserved bytes");
                length = in.u32("length of " + DicomTag.format(tag));
            } else {
                length = in.u16("length of " + DicomTag.format(tag));
            }
        } else {
            vr = DicomTag.implicitVr(tag);
            length = in.u32("length of " + DicomTag.format(tag));
        }
        long offset = in.position();
        if (tag == DicomTag.PIXEL_DATA && depth == 0) {
            if (length != UNDEFINED) {
                checkLength(tag, length, Long.MAX_VALUE);
            }
            pixelData = new PixelDataLocation(offset, length == UNDEFINED ? -1 : length);
            return null;
        }
        if (length == UNDEFINED) {
            if (vr == Vr.SQ || vr == Vr.UN && encoding == Encoding.IMPLICIT_LITTLE_ENDIAN) {
                return new DicomElement(tag, vr, offset, -1, null, sequence(encoding, depth + 1, -1));
            }
            if (vr == Vr.UN) {
                // An undefined-length UN holds a sequence encoded as implicit VR (PS3.5 6.2.2).
                return new DicomElement(
                        tag, vr, offset, -1, null, sequence(Encoding.IMPLICIT_LITTLE_ENDIAN, depth + 1, -1));
            }
            if (vr == Vr.OB || vr == Vr.OW) {
                skipEncapsulated(tag);
                return new DicomElement(tag, vr, offset, -1, null, List.of());
            }
            throw new CorruptSlideException(
                    path,
                    "element " + DicomTag.format(tag) + " (" + vr + ") at offset " + offset
                            + " has an undefined length, which only sequences may have");
        }
        checkLength(tag, length, Long.MAX_VALUE);
        if (vr == Vr.SQ || vr == Vr.UN && encoding == Encoding.IMPLICIT_LITTLE_ENDIAN && startsWithItem(length)) {
            return new DicomElement(tag, Vr.SQ, offset, length, null, sequence(encoding, depth + 1, offset + length));
        }
        byte[] value = null;
        long keep = tag == DicomTag.EXTENDED_OFFSET_TABLE || tag == DicomTag.EXTENDED_OFFSET_TABLE_LENGTHS
                ? MAX_KEPT_OFFSET_TABLE
                : MAX_KEPT_VALUE;
        if (length <= keep) {
            keptBytes += length;
            if (keptBytes > MAX_KEPT_TOTAL) {
                throw new SlideLimitException(
                        path, "the header holds more than " + MAX_KEPT_TOTAL + " bytes of values");
            }
            value = in.bytes((int) length, "value of " + DicomTag.format(tag));
        } else {
            in.skip(length, "value of " + DicomTag.format(tag));
        }
        return new DicomElement(tag, vr, offset, length, value, List.of());
    }

    private boolean startsWithItem(long length) throws SlideException {
        if (length < 8) {
            return false;
        }
        long at = in.position();
        int tag = in.tag("first item");
        in.seek(at);
        return tag == DicomTag.ITEM;
    }

    /**
     * The items of a sequence, up to {@code end} or, when {@code end} is -1, up to the sequence
     * delimitation item.
     */
    private List<DicomDataset> sequence(Encoding encoding, int depth, long end) throws SlideException {
        if (depth > MAX_DEPTH) {
            throw new CorruptSlideException(
                    path, "sequences nest deeper than " + MAX_DEPTH + " levels at offset " + in.position());
        }
        List<DicomDataset> items = new ArrayList<>();
        while (end < 0 || in.position() < end) {
            int tag = in.tag("item");
            long length = in.u32("item length");
            count(tag);
            if (tag == DicomTag.SEQUENCE_DELIMITATION) {
                break;
            }
            if (tag != DicomTag.ITEM) {
                throw new CorruptSlideException(
                        path,
                        "expected an item in a sequence at offset " + (in.position() - 8) + ", found "
                                + DicomTag.format(tag));
            }
            long itemEnd = -1;
            if (length != UNDEFINED) {
                checkLength(tag, length, end < 0 ? Long.MAX_VALUE : end - in.position());
                itemEnd = in.position() + length;
            }
            items.add(item(encoding, depth, itemEnd));
        }
        if (end >= 0 && in.position() != end) {
            throw new CorruptSlideException(
                    path,
                    "a sequence's items run past its declared length (ends at " + in.position() + ", declared end "
                            + end + ")");
        }
        return items;
    }

    /** One item's elements, up to {@code end} or, when -1, up to the item delimitation item. */
    private DicomDataset item(Encoding encoding, int depth, long end) throws SlideException {
        Map<Integer, DicomElement> found = new LinkedHashMap<>();
        while (end < 0 || in.position() < end) {
            int tag = in.tag("data element");
            if (tag == DicomTag.ITEM_DELIMITATION) {
                in.u32("item delimitation length");
                if (end < 0) {
                    break;
                }
                continue;
            }
            DicomElement element = element(tag, encoding, depth);
            found.put(tag, element);
            if (end >= 0 && in.position() > end) {
                throw new CorruptSlideException(
                        path,
                        "element " + DicomTag.format(tag) + " runs past the end of its item (offset " + end + ")");
            }
        }
        return new DicomDataset(found);
    }

    /** Skips encapsulated fragments that are not the image's own (an icon's, say). */
    private void skipEncapsulated(int owner) throws SlideException {
        while (true) {
            int tag = in.tag("fragment");
            long length = in.u32("fragment length");
            count(tag);
            if (tag == DicomTag.SEQUENCE_DELIMITATION) {
                return;
            }
            if (tag != DicomTag.ITEM || length == UNDEFINED) {
                throw new CorruptSlideException(
                        path,
                        "encapsulated value of " + DicomTag.format(owner)
                                + " has " + DicomTag.format(tag) + " at offset " + (in.position() - 8)
                                + " where a fragment was expected");
            }
            in.skip(length, "fragment of " + DicomTag.format(owner));
        }
    }

    private void checkLength(int tag, long length, long room) throws SlideException {
        if (length > in.remaining() || length > room) {
            throw new CorruptSlideException(
                    path,
                    DicomTag.format(tag) + " at offset " + in.position()
                            + " declares " + length + " bytes, more than the " + Math.min(in.remaining(), room)
                            + " left (truncated or corrupt)");
        }
    }

    private void count(int tag) throws SlideException {
        if (++elements > MAX_ELEMENTS) {
            throw new SlideLimitException(
                    path, "more than " + MAX_ELEMENTS + " data elements and items (at " + DicomTag.format(tag) + ")");
        }
    }
}
