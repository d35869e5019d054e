package org.precis.federation.secagg;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF-SHA256 (RFC 5869) with a context made of length-prefixed labels, so that keys for different
 * purposes, sessions and client pairs are independent even when derived from the same secret.
 */
final class Kdf {
    static final int KEY_BYTES = 32;

    private Kdf() {}

    static byte[] derive(byte[] secret, String... context) {
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        for (String part : context) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            info.write(bytes.length >>> 8);
            info.write(bytes.length);
            info.writeBytes(bytes);
        }
        try {
            Mac extract = Mac.getInstance("HmacSHA256");
            extract.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] pseudoRandomKey = extract.doFinal(secret);
            Mac expand = Mac.getInstance("HmacSHA256");
            expand.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
            expand.update(info.toByteArray());
            expand.update((byte) 1);
            byte[] key = expand.doFinal();
            Arrays.fill(pseudoRandomKey, (byte) 0);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }
}
