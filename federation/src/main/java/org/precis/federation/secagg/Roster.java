package org.precis.federation.secagg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Phase 1, server to every client: the advertised keys of all clients that take part, sorted by
 * client id. A client's 1-based position is the x at which its Shamir shares are evaluated.
 */
public record Roster(List<AdvertiseKeys> clients) {
    /** At most this many clients in one round. */
    public static final int MAX_CLIENTS = 1 << 15;

    public Roster {
        List<AdvertiseKeys> sorted = new ArrayList<>(clients);
        sorted.sort(Comparator.comparing(AdvertiseKeys::clientId));
        clients = List.copyOf(sorted);
        if (clients.size() > MAX_CLIENTS) {
            throw new SecAggException("roster of " + clients.size() + " clients exceeds " + MAX_CLIENTS);
        }
        ClientIds.requireUnique(clients.stream().map(AdvertiseKeys::clientId).toList(), "roster");
    }

    /** Client id to its 1-based Shamir x. */
    Map<String, Integer> indices() {
        Map<String, Integer> indices = new TreeMap<>();
        for (int i = 0; i < clients.size(); i++) {
            indices.put(clients.get(i).clientId(), i + 1);
        }
        return indices;
    }

    Map<String, AdvertiseKeys> byId() {
        Map<String, AdvertiseKeys> byId = new TreeMap<>();
        for (AdvertiseKeys keys : clients) {
            byId.put(keys.clientId(), keys);
        }
        return byId;
    }

    public byte[] toBytes() {
        MessageWriter writer =
                new MessageWriter(MessageType.ROSTER, clients.size() * (AdvertiseKeys.BODY_MIN_BYTES + 16));
        writer.i32(clients.size());
        for (AdvertiseKeys keys : clients) {
            keys.writeBody(writer);
        }
        return writer.toBytes();
    }

    public static Roster fromBytes(byte[] bytes) {
        MessageReader reader = new MessageReader(bytes, MessageType.ROSTER, "Roster");
        int count = reader.count(MAX_CLIENTS, AdvertiseKeys.BODY_MIN_BYTES);
        List<AdvertiseKeys> clients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            clients.add(AdvertiseKeys.readBody(reader));
        }
        reader.end();
        return new Roster(clients);
    }
}
