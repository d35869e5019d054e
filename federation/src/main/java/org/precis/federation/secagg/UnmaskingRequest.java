package org.precis.federation.secagg;

import java.util.ArrayList;
import java.util.List;

/**
 * Phase 3, server to the surviving clients: who sent a masked input (survivors: the server needs
 * their self-mask seeds) and who shared keys but then dropped out (dropped: the server needs their
 * mask keys). An honest client answers only if the two sets are disjoint.
 */
public record UnmaskingRequest(List<String> survivors, List<String> dropped) {
    public UnmaskingRequest {
        survivors = List.copyOf(survivors).stream().sorted().toList();
        dropped = List.copyOf(dropped).stream().sorted().toList();
        survivors.forEach(ClientIds::check);
        dropped.forEach(ClientIds::check);
        if (survivors.size() + dropped.size() > Roster.MAX_CLIENTS) {
            throw new SecAggException("unmasking request names more than " + Roster.MAX_CLIENTS + " clients");
        }
        ClientIds.requireUnique(survivors, "unmasking request (survivors)");
        ClientIds.requireUnique(dropped, "unmasking request (dropped)");
    }

    public byte[] toBytes() {
        MessageWriter writer =
                new MessageWriter(MessageType.UNMASKING_REQUEST, 32 * (survivors.size() + dropped.size()));
        writer.i32(survivors.size());
        survivors.forEach(writer::string);
        writer.i32(dropped.size());
        dropped.forEach(writer::string);
        return writer.toBytes();
    }

    public static UnmaskingRequest fromBytes(byte[] bytes) {
        MessageReader reader = new MessageReader(bytes, MessageType.UNMASKING_REQUEST, "UnmaskingRequest");
        List<String> survivors = ids(reader);
        List<String> dropped = ids(reader);
        reader.end();
        try {
            return new UnmaskingRequest(survivors, dropped);
        } catch (SecAggException e) {
            throw reader.invalid(e.getMessage());
        }
    }

    private static List<String> ids(MessageReader reader) {
        int count = reader.count(Roster.MAX_CLIENTS, 3);
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(reader.identity());
        }
        return ids;
    }
}
