package org.precis.slide.codec;

import org.precis.slide.RgbImage;

/** Decodes a complete baseline or progressive JPEG stream to RGB. Thread-safe. */
public interface JpegDecoder extends AutoCloseable {

    /** Which library decodes, for {@code slide info}. */
    String implementation();

    /**
     * Decodes {@code length} bytes of {@code jpeg}. Colour conversion follows the stream's
     * markers (JFIF, Adobe APP14); a caller that knows better inserts an Adobe marker first
     * ({@link JpegStreams}).
     */
    RgbImage decode(byte[] jpeg, int length) throws CodecException;

    /**
     * The largest {@code reduction} {@link #decode(byte[], int, int)} accepts: 3 where the decoder
     * scales in the inverse DCT (1/2, 1/4, 1/8), 0 where it cannot.
     */
    default int maxReduction() {
        return 0;
    }

    /**
     * Decodes at {@code 1 / 2^reduction} of the full size, each side {@code ceil(side / 2^reduction)}:
     * the inverse DCT computes the smaller image directly, so decoding costs a fraction of the full
     * decode and a resampling of it. Not bit-identical to averaging the full decode: each pixel is
     * the low-pass of its block's frequencies rather than the mean of its pixels.
     *
     * @throws IllegalArgumentException if {@code reduction} is outside 0..{@link #maxReduction()}
     */
    default RgbImage decode(byte[] jpeg, int length, int reduction) throws CodecException {
        if (reduction != 0) {
            throw new IllegalArgumentException(implementation() + " cannot decode at reduced size");
        }
        return decode(jpeg, length);
    }

    @Override
    void close();
}
