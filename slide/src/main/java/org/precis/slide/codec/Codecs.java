package org.precis.slide.codec;

import java.util.Optional;

/**
 * The decoders a slide reader uses: the fastest available JPEG decoder and, when OpenJPEG is
 * installed, a JPEG 2000 decoder.
 */
public final class Codecs implements AutoCloseable {

    private final JpegDecoder jpeg;
    private final Jpeg2000Decoder jpeg2000;
    private final String jpeg2000Missing;

    private Codecs(JpegDecoder jpeg, Jpeg2000Decoder jpeg2000, String jpeg2000Missing) {
        this.jpeg = jpeg;
        this.jpeg2000 = jpeg2000;
        this.jpeg2000Missing = jpeg2000Missing;
    }

    /** Native libraries where installed, the Java fallback for JPEG otherwise. */
    public static Codecs system(long maxPixels) {
        JpegDecoder jpeg;
        try {
            jpeg = TurboJpegDecoder.load(maxPixels);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            jpeg = new ImageIoJpegDecoder(maxPixels);
        }
        try {
            return new Codecs(jpeg, OpenJpegDecoder.load(maxPixels), null);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return new Codecs(jpeg, null, "JPEG 2000 needs OpenJPEG (Debian package libopenjp2-7), which is not installed");
        }
    }

    /** Only the pure-Java decoders: for comparing against the native ones. */
    public static Codecs javaOnly(long maxPixels) {
        return new Codecs(new ImageIoJpegDecoder(maxPixels), null,
                "JPEG 2000 needs OpenJPEG; no pure-Java decoder is configured");
    }

    public JpegDecoder jpeg() {
        return jpeg;
    }

    public Optional<Jpeg2000Decoder> jpeg2000() {
        return Optional.ofNullable(jpeg2000);
    }

    /** Why there is no JPEG 2000 decoder, when there is none. */
    public String jpeg2000Missing() {
        return jpeg2000Missing == null ? "" : jpeg2000Missing;
    }

    @Override
    public void close() {
        jpeg.close();
        if (jpeg2000 != null) {
            jpeg2000.close();
        }
    }
}
