package org.precis.slide.codec;

import org.precis.slide.RgbImage;

/**
 * Compresses RGB to a baseline JPEG the way libjpeg does with its defaults (and so PIL's
 * {@code save(..., 'jpeg', quality=q)}): 4:2:0 chroma subsampling, the accurate integer DCT,
 * the IJG quality scaling of the standard tables. Thread-safe.
 */
public interface JpegEncoder extends AutoCloseable {

    /** Which library encodes. */
    String implementation();

    /**
     * The JPEG stream of {@code image}.
     *
     * @param quality IJG quality, 1 to 100
     * @throws IllegalArgumentException if {@code quality} is outside 1..100
     */
    byte[] encode(RgbImage image, int quality) throws CodecException;

    @Override
    void close();

    /** Refuses a quality outside 1..100. */
    static void checkQuality(int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("JPEG quality must be 1 to 100: " + quality);
        }
    }
}
