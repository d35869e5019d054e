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

    @Override
    void close();
}
