package org.precis.federation.wire;

import com.google.protobuf.ByteString;
import java.security.SecureRandom;

/** Fresh random nonces for outgoing messages, so that a replayed message can be recognised. */
public final class Nonces {
    public static final int NONCE_BYTES = 16;

    private final SecureRandom random;

    public Nonces(SecureRandom random) {
        this.random = random;
    }

    public ByteString next() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return ByteString.copyFrom(nonce);
    }
}
