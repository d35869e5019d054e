package org.precis.federation.secagg;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.precis.federation.algorithm.SecureSum;

/**
 * The server (coordinator) side of one round of secure aggregation. It builds the roster, relays
 * encrypted shares it cannot read, tells the survivors who dropped out, and from t or more
 * unmasking responses removes the self masks of the survivors and the dangling pairwise masks of
 * the dropped clients: what is left is the sum of the survivors' vectors, and nothing else.
 *
 * <p>Requires 2t > n (more than half of the expected clients): otherwise the server could claim
 * different dropout sets to two halves of the clients and collect both shares of someone.
 */
public final class SecAggServer {
    private enum Phase {
        KEYS,
        SHARES,
        INPUTS,
        UNMASKING,
        DONE
    }

    private final SecAggConfig config;
    private final Set<String> expectedClients;
    private Phase phase = Phase.KEYS;
    private Map<String, AdvertiseKeys> rosterById;
    private Map<String, Integer> indices;
    private Set<String> sharedClients;
    private Map<String, MaskedInput> inputs;
    private UnmaskingRequest request;

    public SecAggServer(SecAggConfig config, Set<String> expectedClients) {
        this.config = config;
        this.expectedClients = Set.copyOf(expectedClients);
        expectedClients.forEach(ClientIds::check);
        int n = expectedClients.size();
        if (n < config.threshold()) {
            throw new IllegalArgumentException(
                    n + " expected clients cannot reach the threshold " + config.threshold());
        }
        if (2 * config.threshold() <= n) {
            throw new IllegalArgumentException(
                    "threshold " + config.threshold() + " must be more than half of the " + n + " expected clients");
        }
        if (n > Math.min(Roster.MAX_CLIENTS, config.encoding().maxSummands())) {
            throw new IllegalArgumentException(n + " clients exceed what the encoding can sum without overflow ("
                    + Math.min(Roster.MAX_CLIENTS, config.encoding().maxSummands()) + ")");
        }
    }

    /** Phase 0 to 1: the roster of the clients that advertised keys; refused below the threshold. */
    public Roster roster(List<AdvertiseKeys> advertised) {
        expect(Phase.KEYS);
        for (AdvertiseKeys keys : advertised) {
            if (!expectedClients.contains(keys.clientId())) {
                throw new SecAggException("keys from unexpected client " + keys.clientId());
            }
        }
        Roster built = new Roster(advertised);
        requireThreshold(built.clients().size(), "clients advertised keys");
        rosterById = built.byId();
        indices = built.indices();
        phase = Phase.SHARES;
        return built;
    }

    /** Phase 1 to 2: each client's encrypted shares from the others, for the clients that sent shares. */
    public Map<String, List<EncryptedShare>> route(List<ShareKeys> shareKeys) {
        expect(Phase.SHARES);
        Map<String, ShareKeys> bySender = new TreeMap<>();
        for (ShareKeys keys : shareKeys) {
            if (!rosterById.containsKey(keys.clientId())) {
                throw new SecAggException("shares from " + keys.clientId() + ", who is not on the roster");
            }
            if (bySender.put(keys.clientId(), keys) != null) {
                throw new SecAggException("two share messages from " + keys.clientId());
            }
            Set<String> recipients = new TreeSet<>();
            keys.shares().forEach(share -> recipients.add(share.recipient()));
            Set<String> others = new TreeSet<>(rosterById.keySet());
            others.remove(keys.clientId());
            if (!recipients.equals(others)) {
                throw new SecAggException(
                        "shares from " + keys.clientId() + " are not addressed to exactly the other roster clients");
            }
        }
        requireThreshold(bySender.size(), "clients shared keys");
        sharedClients = Set.copyOf(bySender.keySet());
        Map<String, List<EncryptedShare>> routed = new TreeMap<>();
        for (String recipient : bySender.keySet()) {
            routed.put(recipient, new ArrayList<>());
        }
        for (ShareKeys keys : bySender.values()) {
            for (EncryptedShare share : keys.shares()) {
                List<EncryptedShare> inbox = routed.get(share.recipient());
                if (inbox != null) {
                    inbox.add(share);
                }
            }
        }
        routed.replaceAll((recipient, inbox) -> List.copyOf(inbox));
        phase = Phase.INPUTS;
        return routed;
    }

    /** Phase 2 to 3: who sent a masked input and who dropped out after sharing keys. */
    public UnmaskingRequest unmaskingRequest(List<MaskedInput> maskedInputs) {
        expect(Phase.INPUTS);
        Map<String, MaskedInput> byClient = new TreeMap<>();
        for (MaskedInput input : maskedInputs) {
            if (!sharedClients.contains(input.clientId())) {
                throw new SecAggException("masked input from " + input.clientId() + ", who did not share keys");
            }
            if (input.length() != config.vectorLength()) {
                throw new SecAggException("masked input from " + input.clientId() + " has " + input.length()
                        + " values, expected " + config.vectorLength());
            }
            if (byClient.put(input.clientId(), input) != null) {
                throw new SecAggException("two masked inputs from " + input.clientId());
            }
        }
        requireThreshold(byClient.size(), "clients sent masked input");
        inputs = byClient;
        Set<String> dropped = new TreeSet<>(sharedClients);
        dropped.removeAll(byClient.keySet());
        request = new UnmaskingRequest(List.copyOf(byClient.keySet()), List.copyOf(dropped));
        phase = Phase.UNMASKING;
        return request;
    }

    /** Phase 3: the element-wise sum of the survivors' vectors; SecAggException below the threshold. */
    public double[] sum(List<UnmaskingResponse> responses) {
        return config.encoding().decode(ringSum(responses));
    }

    /** {@link #sum} with the sites it includes, as the federated algorithms take it. */
    public SecureSum secureSum(List<UnmaskingResponse> responses) {
        return new SecureSum(sum(responses), request.survivors());
    }

    /** The clients whose vectors are in the sum (known after {@link #unmaskingRequest}). */
    public List<String> survivors() {
        if (request == null) {
            throw new IllegalStateException("survivors are known after the masked inputs");
        }
        return request.survivors();
    }

    /** The sum in the ring, before decoding. */
    long[] ringSum(List<UnmaskingResponse> responses) {
        expect(Phase.UNMASKING);
        Map<String, UnmaskingResponse> byClient = new TreeMap<>();
        for (UnmaskingResponse response : responses) {
            if (!inputs.containsKey(response.clientId())) {
                throw new SecAggException("unmasking response from " + response.clientId() + ", who is not a survivor");
            }
            if (byClient.put(response.clientId(), response) != null) {
                throw new SecAggException("two unmasking responses from " + response.clientId());
            }
            if (!response.selfMaskShares().keySet().equals(Set.copyOf(request.survivors()))
                    || !response.maskKeyShares().keySet().equals(Set.copyOf(request.dropped()))) {
                throw new SecAggException(
                        "unmasking response from " + response.clientId() + " does not answer the request");
            }
        }
        requireThreshold(byClient.size(), "clients answered the unmasking request");
        long[] total = new long[2 * config.vectorLength()];
        for (MaskedInput input : inputs.values()) {
            Ring128.add(total, input.wordsView());
        }
        for (String survivor : request.survivors()) {
            byte[] seed = reconstruct(byClient, survivor, UnmaskingResponse::selfMaskShares);
            Masks.applySelfMask(total, config.sessionId(), survivor, seed, MaskGenerator.Sign.MINUS);
        }
        for (String dropped : request.dropped()) {
            byte[] maskKey = reconstruct(byClient, dropped, UnmaskingResponse::maskKeyShares);
            if (!Arrays.equals(X25519.publicOf(maskKey), rosterById.get(dropped).maskKey())) {
                throw new SecAggException(
                        "the mask key rebuilt from the shares of " + dropped + " does not match its public key");
            }
            for (String survivor : request.survivors()) {
                byte[] secret = X25519.agree(maskKey, rosterById.get(survivor).maskKey());
                Masks.applyPairwiseMask(total, config.sessionId(), survivor, dropped, secret, Masks.Direction.REMOVE);
            }
        }
        phase = Phase.DONE;
        return total;
    }

    private byte[] reconstruct(
            Map<String, UnmaskingResponse> responses,
            String owner,
            java.util.function.Function<UnmaskingResponse, Map<String, BigInteger>> shares) {
        List<ShamirSharing.Share> points = new ArrayList<>();
        for (UnmaskingResponse response : responses.values()) {
            points.add(new ShamirSharing.Share(
                    indices.get(response.clientId()), shares.apply(response).get(owner)));
        }
        return ShamirSharing.combine(points, config.threshold(), Kdf.KEY_BYTES);
    }

    private void requireThreshold(int count, String what) {
        if (count < config.threshold()) {
            throw new SecAggException("only " + count + " " + what + ", below the threshold " + config.threshold()
                    + "; the round is abandoned");
        }
    }

    private void expect(Phase expected) {
        if (phase != expected) {
            throw new SecAggException("server step for phase " + expected + " called in phase " + phase);
        }
    }
}
