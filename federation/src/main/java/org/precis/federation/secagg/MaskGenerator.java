package org.precis.federation.secagg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The PRG that expands a 32-byte key into a mask over Z_2^128: the AES-256-CTR keystream from a
 * zero counter, 16 bytes per element. Each key is derived for one purpose, session and pair, so a
 * keystream is never reused. The mask is added to (or subtracted from) a vector in chunks, never
 * held whole.
 */
final class MaskGenerator {
    private static final int CHUNK_ELEMENTS = 4096;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Whether the mask is added or taken away. */
    enum Sign {
        PLUS,
        MINUS
    }

    private MaskGenerator() {}

    /** {@code words ±= PRG(key)} over all elements of {@code words}. */
    static void apply(long[] words, byte[] key, Sign sign) {
        Cipher cipher;
        try {
            cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no AES-CTR", e);
        }
        int elements = words.length / 2;
        byte[] zeros = new byte[CHUNK_ELEMENTS * 16];
        byte[] stream = new byte[CHUNK_ELEMENTS * 16];
        long[] mask = new long[CHUNK_ELEMENTS * 2];
        for (int at = 0; at < elements; at += CHUNK_ELEMENTS) {
            int count = Math.min(CHUNK_ELEMENTS, elements - at);
            try {
                cipher.update(zeros, 0, count * 16, stream, 0);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-CTR failed", e);
            }
            for (int i = 0; i < 2 * count; i++) {
                mask[i] = (long) LONGS.get(stream, 8 * i);
            }
            if (sign == Sign.PLUS) {
                Ring128.addRange(words, mask, at, 0, count);
            } else {
                Ring128.subtractRange(words, mask, at, 0, count);
            }
        }
    }
}
