package org.precis.federation.secagg;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * Phase 3, client to server: the Shamir shares this client holds of the survivors' self-mask seeds
 * and of the dropped clients' mask keys (never both for one client).
 */
public record UnmaskingResponse(
        String clientId, Map<String, BigInteger> selfMaskShares, Map<String, BigInteger> maskKeyShares) {
    public UnmaskingResponse {
        ClientIds.check(clientId);
        selfMaskShares = checked(selfMaskShares);
        maskKeyShares = checked(maskKeyShares);
        for (String id : selfMaskShares.keySet()) {
            if (maskKeyShares.containsKey(id)) {
                throw new SecAggException("unmasking response of " + clientId + " reveals both shares of " + id);
            }
        }
    }

    public byte[] toBytes() {
        MessageWriter writer = new MessageWriter(
                MessageType.UNMASKING_RESPONSE,
                (selfMaskShares.size() + maskKeyShares.size()) * (ShamirSharing.SHARE_BYTES + 32));
        writer.string(clientId);
        write(writer, selfMaskShares);
        write(writer, maskKeyShares);
        return writer.toBytes();
    }

    public static UnmaskingResponse fromBytes(byte[] bytes) {
        MessageReader reader = new MessageReader(bytes, MessageType.UNMASKING_RESPONSE, "UnmaskingResponse");
        String clientId = reader.identity();
        Map<String, BigInteger> selfMask = read(reader);
        Map<String, BigInteger> maskKey = read(reader);
        reader.end();
        try {
            return new UnmaskingResponse(clientId, selfMask, maskKey);
        } catch (SecAggException e) {
            throw reader.invalid(e.getMessage());
        }
    }

    private static Map<String, BigInteger> checked(Map<String, BigInteger> shares) {
        Map<String, BigInteger> copy = new TreeMap<>();
        for (Map.Entry<String, BigInteger> entry : shares.entrySet()) {
            BigInteger value = entry.getValue();
            if (value == null || value.signum() < 0 || value.compareTo(ShamirSharing.PRIME) >= 0) {
                throw new SecAggException("share of " + entry.getKey() + " outside the field");
            }
            copy.put(ClientIds.check(entry.getKey()), value);
        }
        if (copy.size() > Roster.MAX_CLIENTS) {
            throw new SecAggException("more than " + Roster.MAX_CLIENTS + " shares");
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static void write(MessageWriter writer, Map<String, BigInteger> shares) {
        writer.i32(shares.size());
        for (Map.Entry<String, BigInteger> entry : shares.entrySet()) {
            writer.string(entry.getKey()).shareValue(entry.getValue());
        }
    }

    private static Map<String, BigInteger> read(MessageReader reader) {
        int count = reader.count(Roster.MAX_CLIENTS, 3 + ShamirSharing.SHARE_BYTES);
        Map<String, BigInteger> shares = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String id = reader.identity();
            if (shares.put(id, reader.shareValue()) != null) {
                throw reader.invalid("two shares for " + id);
            }
        }
        return shares;
    }
}
