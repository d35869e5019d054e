package org.precis.slide.tiff;

import org.precis.slide.codec.CodecException;

/** Apple PackBits run-length coding, as TIFF compression 32773. */
final class PackBits {

    private PackBits() {}

    static byte[] decode(byte[] input, int expected) throws CodecException {
        byte[] out = new byte[expected];
        int written = 0;
        int position = 0;
        while (written < expected && position < input.length) {
            int header = input[position++];
            if (header >= 0) {
                int count = header + 1;
                if (position + count > input.length || written + count > expected) {
                    throw new CodecException("PackBits literal run of " + count + " bytes overruns the data");
                }
                System.arraycopy(input, position, out, written, count);
                position += count;
                written += count;
            } else if (header != -128) {
                int count = 1 - header;
                if (position >= input.length || written + count > expected) {
                    throw new CodecException("PackBits repeat run of " + count + " bytes overruns the data");
                }
                byte value = input[position++];
                for (int i = 0; i < count; i++) {
                    out[written++] = value;
                }
            }
        }
        if (written < expected) {
            throw new CodecException("PackBits data ends after " + written + " of " + expected + " bytes");
        }
        return out;
    }
}
