package org.precis.slide.codec;

import java.util.Optional;

/**
 * The default coding style (COD segment) of a raw JPEG 2000 codestream's main header, as far as
 * a reader needs it: how many wavelet decomposition levels the tiles have, and so how many times
 * they can be decoded at half size.
 *
 * @param decompositionLevels wavelet decomposition levels (0..32)
 */
public record J2kCodingStyle(int decompositionLevels) {

    private static final int SOC = 0xFF4F;
    private static final int COD = 0xFF52;
    private static final int SOT = 0xFF90;
    /** Marker, length, Scod, progression order, layers (2 bytes), colour transform; then the levels. */
    private static final int LEVELS_OFFSET = 9;

    /**
     * Finds the COD segment in the main header (between SOC and the first tile part). Empty for
     * anything else: a JP2 file, a header without COD, a truncated or malformed one.
     */
    public static Optional<J2kCodingStyle> read(byte[] data, int length) {
        int end = Math.min(length, data.length);
        if (end < 2 || marker(data, 0) != SOC) {
            return Optional.empty();
        }
        int position = 2;
        while (position + 4 <= end) {
            int marker = marker(data, position);
            if (marker == SOT || (marker & 0xFF00) != 0xFF00) {
                return Optional.empty();
            }
            int segmentLength = marker(data, position + 2);
            if (segmentLength < 2) {
                return Optional.empty();
            }
            if (marker == COD) {
                if (segmentLength < LEVELS_OFFSET - 1 || position + LEVELS_OFFSET >= end) {
                    return Optional.empty();
                }
                int levels = data[position + LEVELS_OFFSET] & 0xff;
                return levels <= 32 ? Optional.of(new J2kCodingStyle(levels)) : Optional.empty();
            }
            position += 2 + segmentLength;
        }
        return Optional.empty();
    }

    /**
     * How many times a decoder may halve tiles coded like {@code data} (a tile's codestream): its
     * decomposition levels, at most {@code maxReduction}; 0 when the header cannot be read.
     */
    public static int reductions(byte[] data, int length, int maxReduction) {
        return read(data, length)
                .map(style -> Math.min(maxReduction, style.decompositionLevels()))
                .orElse(0);
    }

    private static int marker(byte[] data, int position) {
        return (data[position] & 0xff) << 8 | data[position + 1] & 0xff;
    }
}
