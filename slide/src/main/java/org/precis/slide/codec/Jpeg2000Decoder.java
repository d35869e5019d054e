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

    /**
     * Decodes only the wavelet's resolutions up to {@code 1 / 2^reduction} of the full size, each
     * side {@code ceil(side / 2^reduction)} for a codestream whose image starts at 0 (as each
     * tile of a tiled TIFF does); the finer resolutions' code blocks are never decoded. Each pixel
     * is the wavelet's low-pass sample, centred on the first of the {@code 2^reduction} full-size
     * pixels it stands for rather than on their middle.
     *
     * @throws CodecException also when the codestream has fewer than {@code reduction} wavelet
     *     decomposition levels
     */
    RgbImage decode(byte[] data, int length, Components components, int reduction) throws CodecException;

    @Override
    void close();
}
