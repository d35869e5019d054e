package org.precis.federation.secagg;

import java.util.List;

/** Phase 1, client to server: one encrypted share bundle for every other client on the roster. */
public record ShareKeys(String clientId, List<EncryptedShare> shares) {
    public ShareKeys {
        ClientIds.check(clientId);
        shares = List.copyOf(shares);
        for (EncryptedShare share : shares) {
            if (!share.sender().equals(clientId)) {
                throw new SecAggException("ShareKeys of " + clientId + " holds a share sent by " + share.sender());
            }
        }
        ClientIds.requireUnique(shares.stream().map(EncryptedShare::recipient).toList(), "ShareKeys of " + clientId);
    }

    public byte[] toBytes() {
        MessageWriter writer =
                new MessageWriter(MessageType.SHARE_KEYS, shares.size() * (EncryptedShare.BODY_MIN_BYTES + 32));
        writer.string(clientId);
        EncryptedShare.writeList(writer, shares);
        return writer.toBytes();
    }

    public static ShareKeys fromBytes(byte[] bytes) {
        MessageReader reader = new MessageReader(bytes, MessageType.SHARE_KEYS, "ShareKeys");
        String clientId = reader.identity();
        List<EncryptedShare> shares = EncryptedShare.readList(reader);
        reader.end();
        try {
            return new ShareKeys(clientId, shares);
        } catch (SecAggException e) {
            throw reader.invalid(e.getMessage());
        }
    }
}
