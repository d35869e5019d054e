package org.precis.slide.tiff;

/** The TIFF compressions Precis decodes. */
enum Compression {
    NONE(1),
    LZW(5),
    JPEG(7),
    DEFLATE(8),
    DEFLATE_OLD(32946),
    PACKBITS(32773),
    /** Aperio JPEG 2000 whose components are Y, Cb, Cr. */
    APERIO_JPEG2000_YCBCR(33003),
    /** Aperio JPEG 2000 whose components are R, G, B. */
    APERIO_JPEG2000_RGB(33005),
    /** JPEG 2000 as registered for TIFF (Leadtools); colour from the photometric tag. */
    JPEG2000(34712);

    final int code;

    Compression(int code) {
        this.code = code;
    }

    /** The compression for a code, or null when Precis does not decode it. */
    static Compression of(long code) {
        for (Compression compression : values()) {
            if (compression.code == code) {
                return compression;
            }
        }
        return null;
    }

    boolean lossless() {
        return this == NONE || this == LZW || this == DEFLATE || this == DEFLATE_OLD || this == PACKBITS;
    }

    /** A name for messages, with the code. */
    static String describe(long code) {
        String name = switch ((int) code) {
            case 2 -> "CCITT RLE";
            case 3 -> "CCITT fax 3";
            case 4 -> "CCITT fax 4";
            case 6 -> "old-style JPEG";
            case 34887, 34925 -> "LZMA";
            case 50000 -> "Zstandard";
            case 50001, 34927 -> "WebP";
            case 50002 -> "JPEG XL";
            case 34892 -> "lossy JPEG (DNG)";
            default -> "unknown";
        };
        return name + " (" + code + ")";
    }
}
