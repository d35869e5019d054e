package org.precis.slide.tiff;

import org.precis.slide.codec.CodecException;

/**
 * TIFF's LZW (codes MSB first, 9 to 12 bits, the code width growing one code early as libtiff
 * writes it). Output stops at the expected size, so a hostile stream cannot grow memory.
 */
final class Lzw {

    private static final int CLEAR = 256;
    private static final int END = 257;
    private static final int TABLE_SIZE = 4096;

    private Lzw() {}

    static byte[] decode(byte[] input, int expected) throws CodecException {
        if (input.length >= 2 && input[0] == 0 && (input[1] & 1) != 0) {
            throw new CodecException("old-style (pre-TIFF 6) LZW is not supported");
        }
        byte[] out = new byte[expected];
        int[] prefix = new int[TABLE_SIZE];
        byte[] suffix = new byte[TABLE_SIZE];
        byte[] first = new byte[TABLE_SIZE];
        int[] length = new int[TABLE_SIZE];
        for (int i = 0; i < 256; i++) {
            suffix[i] = (byte) i;
            first[i] = (byte) i;
            length[i] = 1;
        }
        int next = 258;
        int width = 9;
        int previous = -1;
        int written = 0;
        long bitBuffer = 0;
        int bits = 0;
        int position = 0;
        while (written < expected) {
            while (bits < width && position < input.length) {
                bitBuffer = (bitBuffer << 8) | (input[position++] & 0xff);
                bits += 8;
            }
            if (bits < width) {
                break; // data ended without an end code; what was written stands, the size check decides
            }
            int code = (int) ((bitBuffer >>> (bits - width)) & ((1 << width) - 1));
            bits -= width;
            if (code == END) {
                break;
            }
            if (code == CLEAR) {
                next = 258;
                width = 9;
                previous = -1;
                continue;
            }
            int emitted;
            if (code < next) {
                emitted = code;
            } else if (code == next && previous >= 0) {
                emitted = -1; // KwKwK: previous string plus its own first byte
            } else {
                throw new CodecException("LZW code " + code + " is not in the table (next free is " + next + ")");
            }
            if (previous >= 0 && next < TABLE_SIZE) {
                prefix[next] = previous;
                suffix[next] = emitted >= 0 ? first[emitted] : first[previous];
                first[next] = first[previous];
                length[next] = length[previous] + 1;
                next++;
            }
            int string = emitted >= 0 ? emitted : next - 1;
            written = emit(string, prefix, suffix, length, out, written);
            previous = string;
            if (next + 1 >= (1 << width) && width < 12) {
                width++;
            }
        }
        if (written < expected) {
            throw new CodecException("LZW data ends after " + written + " of " + expected + " bytes");
        }
        return out;
    }

    private static int emit(int code, int[] prefix, byte[] suffix, int[] length, byte[] out, int written) {
        int n = length[code];
        int end = Math.min(written + n, out.length);
        int c = code;
        for (int i = written + n - 1; i >= written; i--) {
            if (i < end) {
                out[i] = suffix[c];
            }
            c = prefix[c];
        }
        return end;
    }
}
