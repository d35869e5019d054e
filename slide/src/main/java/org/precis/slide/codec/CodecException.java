package org.precis.slide.codec;

/** Compressed data that does not decode cleanly; the reader adds the file and tile. */
public class CodecException extends Exception {
    private static final long serialVersionUID = 1L;

    public CodecException(String message) {
        super(message);
    }

    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
