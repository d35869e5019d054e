package org.precis.slide.codec;

import java.util.Optional;

/**
 * The codecs the slide engine uses: the fastest available JPEG decoder and, when OpenJPEG is
 * installed, a JPEG 2000 decoder, for reading; the fastest JPEG encoder for the tiles it serves.
 * OpenJPEG is bound on first use: most slides never need it.
 */
public final class Codecs implements AutoCloseable {

    private static final String OPENJPEG_MISSING =
            "JPEG 2000 needs OpenJPEG (Debian package libopenjp2-7), which is not installed";

    private final JpegDecoder jpeg;
    private final JpegEncoder jpegEncoder;
    private final long maxPixels;
    private final boolean nativeJpeg2000;
    private volatile Optional<Jpeg2000Decoder> jpeg2000;

    private Codecs(JpegDecoder jpeg, JpegEncoder jpegEncoder, long maxPixels, boolean nativeJpeg2000) {
        this.jpeg = jpeg;
        this.jpegEncoder = jpegEncoder;
        this.maxPixels = maxPixels;
        this.nativeJpeg2000 = nativeJpeg2000;
    }

    /** Native libraries where installed, the Java fallback for JPEG otherwise. */
    public static Codecs system(long maxPixels) {
        JpegDecoder jpeg;
        try {
            jpeg = TurboJpegDecoder.load(maxPixels);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            jpeg = new ImageIoJpegDecoder(maxPixels);
        }
        JpegEncoder encoder;
        try {
            encoder = TurboJpegEncoder.load();
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            encoder = new ImageIoJpegEncoder();
        }
        return new Codecs(jpeg, encoder, maxPixels, true);
    }

    /** Only the pure-Java decoders: for comparing against the native ones. */
    public static Codecs javaOnly(long maxPixels) {
        return new Codecs(new ImageIoJpegDecoder(maxPixels), new ImageIoJpegEncoder(), maxPixels, false);
    }

    public JpegDecoder jpeg() {
        return jpeg;
    }

    /** libjpeg-turbo where installed, the JDK's writer otherwise. */
    public JpegEncoder jpegEncoder() {
        return jpegEncoder;
    }

    public Optional<Jpeg2000Decoder> jpeg2000() {
        Optional<Jpeg2000Decoder> loaded = jpeg2000;
        if (loaded == null) {
            synchronized (this) {
                loaded = jpeg2000;
                if (loaded == null) {
                    loaded = nativeJpeg2000 ? loadOpenJpeg() : Optional.empty();
                    jpeg2000 = loaded;
                }
            }
        }
        return loaded;
    }

    private Optional<Jpeg2000Decoder> loadOpenJpeg() {
        try {
            return Optional.of(OpenJpegDecoder.load(maxPixels));
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Why there is no JPEG 2000 decoder, when there is none. */
    public String jpeg2000Missing() {
        if (jpeg2000().isPresent()) {
            return "";
        }
        return nativeJpeg2000 ? OPENJPEG_MISSING : "JPEG 2000 needs OpenJPEG; no pure-Java decoder is configured";
    }

    @Override
    public void close() {
        jpeg.close();
        jpegEncoder.close();
        Optional<Jpeg2000Decoder> loaded = jpeg2000;
        if (loaded != null) {
            loaded.ifPresent(Jpeg2000Decoder::close);
        }
    }
}
