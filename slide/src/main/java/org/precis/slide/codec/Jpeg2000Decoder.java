package org.precis.slide.codec;

import org.precis.slide.RgbImage;

/** Decodes a JPEG 2000 codestream (J2K) or file (JP2) to RGB. Thread-safe. */
public interface Jpeg2000Decoder extends AutoCloseable {

    /** What the three components of a stream without a colour transform hold. */
    enum Components {
        /** Red, green, blue (or the stream applies its own inverse transform). */
        RGB,
        /** Luma and chroma, converted to RGB after decoding (Aperio compression 33003). */
        YCBCR
    }

    String implementation();

    RgbImage decode(byte[] data, int length, Components components) throws CodecException;

    @Override
    void close();
}
