package org.precis.slide.codec;

import java.io.ByteArrayOutputStream;

/**
 * Builds complete JPEG streams from the pieces TIFF and DICOM store: abbreviated tile streams
 * that rely on shared tables, and streams whose colour space the container, not the stream,
 * declares.
 */
public final class JpegStreams {

    /** What the container says the three JPEG components hold. */
    public enum Colour {
        /** Leave the decision to the stream's own markers. */
        AS_MARKED,
        /** Components are Y, Cb, Cr: convert to RGB. */
        YCBCR,
        /** Components are R, G, B already: no conversion. */
        RGB
    }

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;

    private JpegStreams() {}

    /**
     * A complete stream: SOI, an Adobe APP14 marker fixing the colour transform (unless
     * {@code AS_MARKED}), the shared tables (without their SOI and EOI), then the tile's own
     * segments.
     *
     * @param tables shared JPEGTables, or null
     * @param tile   the tile's stream, starting with SOI
     */
    public static byte[] assemble(byte[] tables, byte[] tile, int tileLength, Colour colour) throws CodecException {
        if (tileLength < 4 || (tile[0] & 0xff) != 0xFF || (tile[1] & 0xff) != SOI) {
            throw new CodecException("JPEG data does not start with an SOI marker");
        }
        boolean hasTables = tables != null && tables.length >= 4;
        if (!hasTables && colour == Colour.AS_MARKED) {
            return tile;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(tileLength + (hasTables ? tables.length : 0) + 16);
        out.write(0xFF);
        out.write(SOI);
        if (colour != Colour.AS_MARKED && !hasJfifMarker(tile, tileLength)) {
            writeAdobeMarker(out, colour == Colour.YCBCR ? 1 : 0);
        }
        if (hasTables) {
            int end = tables.length;
            if ((tables[end - 2] & 0xff) == 0xFF && (tables[end - 1] & 0xff) == EOI) {
                end -= 2;
            }
            int start = (tables[0] & 0xff) == 0xFF && (tables[1] & 0xff) == SOI ? 2 : 0;
            out.write(tables, start, end - start);
        }
        out.write(tile, 2, tileLength - 2);
        return out.toByteArray();
    }

    /** APP14 "Adobe": version 100, flags 0, 0, and the transform (0 = none/RGB, 1 = YCbCr). */
    private static void writeAdobeMarker(ByteArrayOutputStream out, int transform) {
        byte[] segment = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform
        };
        out.write(segment, 0, segment.length);
    }

    private static boolean hasJfifMarker(byte[] tile, int length) {
        return length > 10
                && (tile[2] & 0xff) == 0xFF
                && (tile[3] & 0xff) == 0xE0
                && tile[6] == 'J'
                && tile[7] == 'F'
                && tile[8] == 'I'
                && tile[9] == 'F';
    }
}
