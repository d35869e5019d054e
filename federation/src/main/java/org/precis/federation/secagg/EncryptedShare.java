package org.precis.federation.secagg;

import java.util.ArrayList;
import java.util.List;

/**
 * One client's Shamir shares (of its mask key and of its self-mask seed) for one other client,
 * AES-256-GCM encrypted under a key only the two of them can agree; the server relays it unread.
 */
public record EncryptedShare(String sender, String recipient, byte[] nonce, byte[] ciphertext) {
    static final int NONCE_BYTES = 12;
    static final int CIPHERTEXT_BYTES = 2 * ShamirSharing.SHARE_BYTES + 16;
    static final int BODY_MIN_BYTES = 2 * 3 + NONCE_BYTES + CIPHERTEXT_BYTES;

    public EncryptedShare {
        ClientIds.check(sender);
        ClientIds.check(recipient);
        if (nonce == null || nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("nonce must be " + NONCE_BYTES + " bytes");
        }
        if (ciphertext == null || ciphertext.length != CIPHERTEXT_BYTES) {
            throw new IllegalArgumentException("ciphertext must be " + CIPHERTEXT_BYTES + " bytes");
        }
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    /** The shares the server relays to one client, as one message. */
    public static byte[] listToBytes(List<EncryptedShare> shares) {
        MessageWriter writer = new MessageWriter(MessageType.ENCRYPTED_SHARES, shares.size() * (BODY_MIN_BYTES + 32));
        writeList(writer, shares);
        return writer.toBytes();
    }

    public static List<EncryptedShare> listFromBytes(byte[] bytes) {
        MessageReader reader = new MessageReader(bytes, MessageType.ENCRYPTED_SHARES, "EncryptedShare list");
        List<EncryptedShare> shares = readList(reader);
        reader.end();
        return shares;
    }

    static void writeList(MessageWriter writer, List<EncryptedShare> shares) {
        writer.i32(shares.size());
        for (EncryptedShare share : shares) {
            writer.string(share.sender)
                    .string(share.recipient)
                    .fixed(share.nonce)
                    .fixed(share.ciphertext);
        }
    }

    static List<EncryptedShare> readList(MessageReader reader) {
        int count = reader.count(Roster.MAX_CLIENTS, BODY_MIN_BYTES);
        List<EncryptedShare> shares = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            shares.add(new EncryptedShare(
                    reader.identity(), reader.identity(), reader.fixed(NONCE_BYTES), reader.fixed(CIPHERTEXT_BYTES)));
        }
        return List.copyOf(shares);
    }
}
