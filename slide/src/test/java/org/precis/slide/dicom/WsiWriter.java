package org.precis.slide.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes small DICOM WSM files for tests: a Part 10 header, a dataset in explicit or implicit
 * VR little endian, and native (uncompressed) RGB frames whose pixels are a formula of their
 * position, so that every read can be checked exactly.
 */
final class WsiWriter {

    enum Syntax {
        EXPLICIT("1.2.840.10008.1.2.1"),
        IMPLICIT("1.2.840.10008.1.2");

        final String uid;

        Syntax(String uid) {
            this.uid = uid;
        }
    }

    /** A pixel's colour from its level pixel position: distinct enough to catch misplaced tiles. */
    static int[] colour(int seed, long x, long y) {
        return new int[] {(int) ((x + seed) % 251), (int) ((y + 3 * seed) % 241), (int) ((x * 7 + y * 3) % 256)};
    }

    private final Syntax syntax;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    WsiWriter(Syntax syntax) {
        this.syntax = syntax;
    }

    WsiWriter text(int tag, String vr, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length % 2 == 1) {
            bytes = (value + (vr.equals("UI") ? "\0" : " ")).getBytes(StandardCharsets.ISO_8859_1);
        }
        return element(tag, vr, bytes);
    }

    WsiWriter us(int tag, int value) {
        return element(tag, "US", new byte[] {(byte) value, (byte) (value >> 8)});
    }

    WsiWriter ul(int tag, long value) {
        return element(tag, "UL", le32(value));
    }

    WsiWriter sl(int tag, int value) {
        return element(tag, "SL", le32(value));
    }

    /** A sequence of defined length in explicit VR, undefined in implicit (both are legal). */
    WsiWriter sequence(int tag, List<WsiWriter> items) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (WsiWriter item : items) {
            byte[] content = item.out.toByteArray();
            body.writeBytes(le16(0xFFFE));
            body.writeBytes(le16(0xE000));
            body.writeBytes(le32(content.length));
            body.writeBytes(content);
        }
        if (syntax == Syntax.EXPLICIT) {
            return element(tag, "SQ", body.toByteArray());
        }
        header(tag, "SQ", 0xFFFFFFFFL);
        out.writeBytes(body.toByteArray());
        out.writeBytes(le16(0xFFFE));
        out.writeBytes(le16(0xE0DD));
        out.writeBytes(le32(0));
        return this;
    }

    WsiWriter item() {
        return new WsiWriter(syntax);
    }

    WsiWriter element(int tag, String vr, byte[] value) {
        header(tag, vr, value.length);
        out.writeBytes(value);
        return this;
    }

    private void header(int tag, String vr, long length) {
        out.writeBytes(le16(tag >>> 16));
        out.writeBytes(le16(tag & 0xFFFF));
        if (syntax == Syntax.IMPLICIT) {
            out.writeBytes(le32(length));
            return;
        }
        out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        if (List.of("OB", "OW", "SQ", "UN", "UT", "UC", "UR", "OV").contains(vr)) {
            out.writeBytes(new byte[2]);
            out.writeBytes(le32(length));
        } else {
            out.writeBytes(le16((int) length));
        }
    }

    /** The whole file: preamble, meta group, this dataset, then the pixel data. */
    byte[] file(String sopInstanceUid, byte[] pixelData) {
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        WsiWriter group = new WsiWriter(Syntax.EXPLICIT);
        group.element(0x00020001, "OB", new byte[] {0, 1});
        group.text(0x00020002, "UI", WsiInstance.WSM_SOP_CLASS);
        group.text(0x00020003, "UI", sopInstanceUid);
        group.text(0x00020010, "UI", syntax.uid);
        byte[] groupBytes = group.out.toByteArray();
        meta.writeBytes(new byte[128]);
        meta.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        meta.writeBytes(new WsiWriter(Syntax.EXPLICIT)
                .ul(0x00020000, groupBytes.length)
                .out
                .toByteArray());
        meta.writeBytes(groupBytes);
        meta.writeBytes(out.toByteArray());
        WsiWriter pixels = new WsiWriter(syntax);
        pixels.element(0x7FE00010, "OB", pixelData);
        meta.writeBytes(pixels.out.toByteArray());
        return meta.toByteArray();
    }

    /**
     * The whole file with encapsulated pixel data: a Basic Offset Table item holding
     * {@code basicOffsetTable}, then one item per fragment. The dataset is explicit VR.
     */
    byte[] encapsulatedFile(
            String sopInstanceUid, String transferSyntaxUid, byte[] basicOffsetTable, List<byte[]> fragments) {
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        WsiWriter group = new WsiWriter(Syntax.EXPLICIT);
        group.element(0x00020001, "OB", new byte[] {0, 1});
        group.text(0x00020002, "UI", WsiInstance.WSM_SOP_CLASS);
        group.text(0x00020003, "UI", sopInstanceUid);
        group.text(0x00020010, "UI", transferSyntaxUid);
        byte[] groupBytes = group.out.toByteArray();
        meta.writeBytes(new byte[128]);
        meta.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        meta.writeBytes(new WsiWriter(Syntax.EXPLICIT)
                .ul(0x00020000, groupBytes.length)
                .out
                .toByteArray());
        meta.writeBytes(groupBytes);
        meta.writeBytes(out.toByteArray());
        WsiWriter pixels = new WsiWriter(Syntax.EXPLICIT);
        pixels.header(0x7FE00010, "OB", 0xFFFFFFFFL);
        pixels.item(basicOffsetTable);
        for (byte[] fragment : fragments) {
            pixels.item(fragment);
        }
        pixels.out.writeBytes(le16(0xFFFE));
        pixels.out.writeBytes(le16(0xE0DD));
        pixels.out.writeBytes(le32(0));
        meta.writeBytes(pixels.out.toByteArray());
        return meta.toByteArray();
    }

    private void item(byte[] content) {
        out.writeBytes(le16(0xFFFE));
        out.writeBytes(le16(0xE000));
        out.writeBytes(le32(content.length));
        out.writeBytes(content);
    }

    /** Native RGB frames of one tile each, in the given tile order ({column, row} pairs). */
    static byte[] frames(int seed, int tileWidth, int tileHeight, List<long[]> tiles) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (long[] tile : tiles) {
            for (int y = 0; y < tileHeight; y++) {
                for (int x = 0; x < tileWidth; x++) {
                    int[] rgb = colour(seed, tile[0] * tileWidth + x, tile[1] * tileHeight + y);
                    data.write(rgb[0]);
                    data.write(rgb[1]);
                    data.write(rgb[2]);
                }
            }
        }
        return data.toByteArray();
    }

    private static byte[] le16(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8)};
    }

    private static byte[] le32(long value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }
}
