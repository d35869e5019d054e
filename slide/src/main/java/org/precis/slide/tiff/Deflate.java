package org.precis.slide.tiff;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.precis.slide.codec.CodecException;

/** zlib deflate (TIFF compression 8 and 32946), inflated into a buffer of the expected size only. */
final class Deflate {

    private Deflate() {}

    static byte[] decode(byte[] input, int expected) throws CodecException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(input);
            byte[] out = new byte[expected];
            int written = 0;
            while (written < expected) {
                int n = inflater.inflate(out, written, expected - written);
                if (n == 0) {
                    if (inflater.finished() || inflater.needsInput()) {
                        break;
                    }
                    if (inflater.needsDictionary()) {
                        throw new CodecException("deflate data asks for a preset dictionary");
                    }
                }
                written += n;
            }
            if (written < expected) {
                throw new CodecException("deflate data ends after " + written + " of " + expected + " bytes");
            }
            return out;
        } catch (DataFormatException e) {
            throw new CodecException("deflate data is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
