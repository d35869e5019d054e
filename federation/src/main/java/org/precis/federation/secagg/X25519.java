package org.precis.federation.secagg;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.XECPrivateKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Arrays;
import javax.crypto.KeyAgreement;

/** X25519 (RFC 7748) through the JDK's XDH provider, with keys as raw 32-byte strings. */
final class X25519 {
    static final int KEY_BYTES = 32;
    private static final byte[] BASE_POINT = littleEndian(BigInteger.valueOf(9));

    private X25519() {}

    static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("XDH");
            generator.initialize(NamedParameterSpec.X25519, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no X25519", e);
        }
    }

    static byte[] publicBytes(PublicKey key) {
        return littleEndian(((XECPublicKey) key).getU());
    }

    static byte[] privateBytes(PrivateKey key) {
        return ((XECPrivateKey) key)
                .getScalar()
                .orElseThrow(() -> new IllegalStateException("X25519 key without a scalar"));
    }

    /** The raw shared secret of a private scalar and a peer's public key; refuses small-order keys. */
    static byte[] agree(byte[] privateScalar, byte[] peerPublic) {
        if (privateScalar.length != KEY_BYTES || peerPublic.length != KEY_BYTES) {
            throw new SecAggException("X25519 keys are 32 bytes");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("XDH");
            PrivateKey privateKey =
                    factory.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, privateScalar));
            BigInteger u = new BigInteger(1, reversed(peerPublic));
            PublicKey publicKey = factory.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, u));
            KeyAgreement agreement = KeyAgreement.getInstance("XDH");
            agreement.init(privateKey);
            agreement.doPhase(publicKey, true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            // The JDK refuses an all-zero result, i.e. a small-order public key sent to force a known secret.
            throw new SecAggException("X25519 key agreement failed: " + e.getMessage(), e);
        }
    }

    /** The public key of a private scalar (X25519 of the scalar and the base point 9). */
    static byte[] publicOf(byte[] privateScalar) {
        return agree(privateScalar, BASE_POINT);
    }

    private static byte[] littleEndian(BigInteger u) {
        byte[] bigEndian = u.toByteArray();
        byte[] out = new byte[KEY_BYTES];
        for (int i = 0; i < Math.min(KEY_BYTES, bigEndian.length); i++) {
            out[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return out;
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] out = Arrays.copyOf(bytes, bytes.length);
        for (int i = 0; i < out.length / 2; i++) {
            byte swap = out[i];
            out[i] = out[out.length - 1 - i];
            out[out.length - 1 - i] = swap;
        }
        return out;
    }
}
