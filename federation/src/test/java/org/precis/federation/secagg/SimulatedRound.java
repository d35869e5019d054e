package org.precis.federation.secagg;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One round of secure aggregation in process, every message through its bytes as a transport
 * would carry it, with clients dropping out at chosen phases.
 */
final class SimulatedRound {
    /** When a client stops answering. */
    enum Dropout {
        NONE,
        BEFORE_SHARE_KEYS,
        BEFORE_MASKED_INPUT,
        BEFORE_UNMASKING
    }

    final SecAggConfig config;
    final Map<String, SecAggClient> clients = new LinkedHashMap<>();
    final SecAggServer server;
    final List<MaskedInput> maskedInputs = new ArrayList<>();

    SimulatedRound(SecAggConfig config, int clientCount, long seed) {
        this.config = config;
        SecureRandom random = seeded(seed);
        for (int i = 0; i < clientCount; i++) {
            String id = "site-" + (char) ('a' + i);
            clients.put(id, new SecAggClient(id, config, random));
        }
        server = new SecAggServer(config, Set.copyOf(clients.keySet()));
    }

    static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs all phases; {@code vectors} by client id; returns the server's sum. */
    double[] run(Map<String, double[]> vectors, Map<String, Dropout> dropouts) {
        List<AdvertiseKeys> advertised = new ArrayList<>();
        for (SecAggClient client : clients.values()) {
            advertised.add(AdvertiseKeys.fromBytes(client.advertiseKeys().toBytes()));
        }
        Roster roster = Roster.fromBytes(server.roster(advertised).toBytes());

        List<ShareKeys> shares = new ArrayList<>();
        for (SecAggClient client : active(dropouts, Dropout.BEFORE_SHARE_KEYS)) {
            shares.add(ShareKeys.fromBytes(client.shareKeys(roster).toBytes()));
        }
        Map<String, List<EncryptedShare>> routed = server.route(shares);

        maskedInputs.clear();
        for (SecAggClient client : active(dropouts, Dropout.BEFORE_SHARE_KEYS, Dropout.BEFORE_MASKED_INPUT)) {
            List<EncryptedShare> mine =
                    EncryptedShare.listFromBytes(EncryptedShare.listToBytes(routed.get(client.clientId())));
            maskedInputs.add(MaskedInput.fromBytes(
                    client.maskedInput(mine, vectors.get(client.clientId())).toBytes()));
        }
        UnmaskingRequest request =
                UnmaskingRequest.fromBytes(server.unmaskingRequest(maskedInputs).toBytes());

        List<UnmaskingResponse> responses = new ArrayList<>();
        for (SecAggClient client :
                active(dropouts, Dropout.BEFORE_SHARE_KEYS, Dropout.BEFORE_MASKED_INPUT, Dropout.BEFORE_UNMASKING)) {
            responses.add(UnmaskingResponse.fromBytes(client.unmask(request).toBytes()));
        }
        return server.sum(responses);
    }

    private List<SecAggClient> active(Map<String, Dropout> dropouts, Dropout... gone) {
        Set<Dropout> stopped = new TreeSet<>(List.of(gone));
        return clients.values().stream()
                .filter(client -> !stopped.contains(dropouts.getOrDefault(client.clientId(), Dropout.NONE)))
                .toList();
    }
}
