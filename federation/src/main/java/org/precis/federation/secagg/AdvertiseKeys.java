package org.precis.federation.secagg;

/**
 * Phase 0, client to server: a client's two fresh X25519 public keys, one to agree share-encryption
 * keys with the other clients, one to agree the pairwise masks.
 */
public record AdvertiseKeys(String clientId, byte[] encryptionKey, byte[] maskKey) {
    static final int BODY_MIN_BYTES = 2 + 1 + 2 * X25519.KEY_BYTES;

    public AdvertiseKeys {
        ClientIds.check(clientId);
        encryptionKey = checkKey(encryptionKey);
        maskKey = checkKey(maskKey);
    }

    @Override
    public byte[] encryptionKey() {
        return encryptionKey.clone();
    }

    @Override
    public byte[] maskKey() {
        return maskKey.clone();
    }

    public byte[] toBytes() {
        MessageWriter writer = new MessageWriter(MessageType.ADVERTISE_KEYS, BODY_MIN_BYTES + clientId.length());
        writeBody(writer);
        return writer.toBytes();
    }

    public static AdvertiseKeys fromBytes(byte[] bytes) {
        MessageReader reader = new MessageReader(bytes, MessageType.ADVERTISE_KEYS, "AdvertiseKeys");
        AdvertiseKeys keys = readBody(reader);
        reader.end();
        return keys;
    }

    void writeBody(MessageWriter writer) {
        writer.string(clientId).fixed(encryptionKey).fixed(maskKey);
    }

    static AdvertiseKeys readBody(MessageReader reader) {
        return new AdvertiseKeys(reader.identity(), reader.fixed(X25519.KEY_BYTES), reader.fixed(X25519.KEY_BYTES));
    }

    private static byte[] checkKey(byte[] key) {
        if (key == null || key.length != X25519.KEY_BYTES) {
            throw new IllegalArgumentException("X25519 public keys are " + X25519.KEY_BYTES + " bytes");
        }
        return key.clone();
    }
}
