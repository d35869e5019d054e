package org.precis.federation.secagg;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One client (site) in one round of secure aggregation (Bonawitz et al., CCS 2017, the
 * honest-but-curious variant: the transport's mutual TLS authenticates who sends each message).
 * Call the four phases in order, once each; the object then holds nothing more to give.
 *
 * <p>The client refuses (with {@link SecAggException}) whatever would let the server learn its
 * vector: a roster without itself or below the threshold, shares not meant for it, an unmasking
 * request that asks for both the self-mask share and the mask-key share of the same client, or a
 * second unmasking request.
 */
public final class SecAggClient {
    private enum Phase {
        NEW,
        ADVERTISED,
        SHARED,
        MASKED,
        UNMASKED
    }

    private final String clientId;
    private final SecAggConfig config;
    private final SecureRandom random;
    private final KeyPair encryptionPair;
    private final KeyPair maskPair;
    private final byte[] selfMaskSeed;
    private Phase phase = Phase.NEW;
    private Map<String, AdvertiseKeys> roster;
    /** Shares this client holds, by owner: from the others' messages, and its own. */
    private final Map<String, ShareCipher.SharePair> heldShares = new HashMap<>();

    private Set<String> sharedClients;

    public SecAggClient(String clientId, SecAggConfig config, SecureRandom random) {
        this.clientId = ClientIds.check(clientId);
        this.config = config;
        this.random = random;
        this.encryptionPair = X25519.generate(random);
        this.maskPair = X25519.generate(random);
        this.selfMaskSeed = new byte[Kdf.KEY_BYTES];
        random.nextBytes(selfMaskSeed);
    }

    public String clientId() {
        return clientId;
    }

    /** Phase 0: the two public keys, for the server's roster. */
    public AdvertiseKeys advertiseKeys() {
        advance(Phase.NEW, Phase.ADVERTISED);
        return ownKeys();
    }

    /** Phase 1: Shamir shares of this client's mask key and self-mask seed, encrypted for each other client. */
    public ShareKeys shareKeys(Roster roster) {
        if (phase != Phase.ADVERTISED) {
            throw new SecAggException(clientId + ": shares asked for in phase " + phase);
        }
        Map<String, AdvertiseKeys> byId = roster.byId();
        AdvertiseKeys mine = byId.get(clientId);
        AdvertiseKeys own = ownKeys();
        if (mine == null
                || !java.util.Arrays.equals(mine.encryptionKey(), own.encryptionKey())
                || !java.util.Arrays.equals(mine.maskKey(), own.maskKey())) {
            throw new SecAggException(clientId + ": the roster does not carry this client's advertised keys");
        }
        if (byId.size() < config.threshold()) {
            throw new SecAggException(
                    clientId + ": roster of " + byId.size() + " clients is below the threshold " + config.threshold());
        }
        Set<String> keys = new HashSet<>();
        for (AdvertiseKeys client : byId.values()) {
            // A replayed key would make two clients' pairwise masks equal; distinct keys rule that out.
            boolean newMaskKey = keys.add(java.util.HexFormat.of().formatHex(client.maskKey()));
            boolean newEncryptionKey = keys.add(java.util.HexFormat.of().formatHex(client.encryptionKey()));
            if (!newMaskKey || !newEncryptionKey) {
                throw new SecAggException(clientId + ": the roster repeats a public key (" + client.clientId() + ")");
            }
        }
        this.roster = byId;
        phase = Phase.SHARED;
        Map<String, Integer> indices = roster.indices();
        BigInteger[] maskKeyShares = ShamirSharing.split(
                X25519.privateBytes(maskPair.getPrivate()), config.threshold(), byId.size(), random);
        BigInteger[] selfMaskShares = ShamirSharing.split(selfMaskSeed, config.threshold(), byId.size(), random);
        byte[] encryptionPrivate = X25519.privateBytes(encryptionPair.getPrivate());
        List<EncryptedShare> shares = new ArrayList<>();
        for (AdvertiseKeys other : byId.values()) {
            int at = indices.get(other.clientId()) - 1;
            ShareCipher.SharePair pair = new ShareCipher.SharePair(maskKeyShares[at], selfMaskShares[at]);
            if (other.clientId().equals(clientId)) {
                heldShares.put(clientId, pair);
            } else {
                shares.add(ShareCipher.encrypt(
                        config.sessionId(),
                        clientId,
                        other.clientId(),
                        encryptionPrivate,
                        other.encryptionKey(),
                        pair,
                        random));
            }
        }
        return new ShareKeys(clientId, shares);
    }

    /**
     * Phase 2: the vector, encoded and masked with the self mask and a pairwise mask with every
     * client whose shares arrived. Bad values (NaN, infinite, out of range) are refused before
     * anything is masked.
     */
    public MaskedInput maskedInput(List<EncryptedShare> sharesForMe, double[] vector) {
        if (phase != Phase.SHARED) {
            throw new SecAggException(clientId + ": masked input asked for in phase " + phase);
        }
        if (vector.length != config.vectorLength()) {
            throw new IllegalArgumentException(
                    "vector of " + vector.length + " values, the round expects " + config.vectorLength());
        }
        long[] words = config.encoding().encode(vector);
        byte[] encryptionPrivate = X25519.privateBytes(encryptionPair.getPrivate());
        Map<String, ShareCipher.SharePair> received = new TreeMap<>();
        for (EncryptedShare share : sharesForMe) {
            if (!share.recipient().equals(clientId)) {
                throw new SecAggException(clientId + ": received a share meant for " + share.recipient());
            }
            AdvertiseKeys sender = roster.get(share.sender());
            if (sender == null || share.sender().equals(clientId)) {
                throw new SecAggException(clientId + ": received a share from " + share.sender()
                        + ", who is not another client on the roster");
            }
            if (received.containsKey(share.sender())) {
                throw new SecAggException(clientId + ": received two shares from " + share.sender());
            }
            received.put(
                    share.sender(),
                    ShareCipher.decrypt(config.sessionId(), share, encryptionPrivate, sender.encryptionKey()));
        }
        Set<String> shared = new TreeSet<>(received.keySet());
        shared.add(clientId);
        if (shared.size() < config.threshold()) {
            throw new SecAggException(clientId + ": only " + shared.size()
                    + " clients shared keys, below the threshold " + config.threshold());
        }
        phase = Phase.MASKED;
        heldShares.putAll(received);
        sharedClients = Set.copyOf(shared);
        Masks.applySelfMask(words, config.sessionId(), clientId, selfMaskSeed, MaskGenerator.Sign.PLUS);
        byte[] maskPrivate = X25519.privateBytes(maskPair.getPrivate());
        for (String other : received.keySet()) {
            byte[] secret = X25519.agree(maskPrivate, roster.get(other).maskKey());
            Masks.applyPairwiseMask(words, config.sessionId(), clientId, other, secret, Masks.Direction.APPLY);
        }
        return new MaskedInput(clientId, words);
    }

    /** Phase 3: shares of the survivors' self-mask seeds and the dropped clients' mask keys, once. */
    public UnmaskingResponse unmask(UnmaskingRequest request) {
        if (phase == Phase.UNMASKED) {
            throw new SecAggException(
                    clientId + ": refuses a second unmasking request (it could ask for the other share of a client)");
        }
        if (phase != Phase.MASKED) {
            throw new SecAggException(clientId + ": unmasking asked for in phase " + phase);
        }
        for (String id : request.survivors()) {
            if (request.dropped().contains(id)) {
                throw new SecAggException(
                        clientId + ": refuses to reveal both the self-mask and the mask-key share of " + id);
            }
        }
        Set<String> named = new TreeSet<>(request.survivors());
        named.addAll(request.dropped());
        if (!named.equals(sharedClients)) {
            throw new SecAggException(clientId + ": the request's survivors and dropped clients " + named
                    + " are not the clients that shared keys " + new TreeSet<>(sharedClients));
        }
        if (!request.survivors().contains(clientId)) {
            throw new SecAggException(clientId + ": the request lists this client as dropped");
        }
        if (request.survivors().size() < config.threshold()) {
            throw new SecAggException(clientId + ": only " + request.survivors().size()
                    + " survivors, below the threshold " + config.threshold());
        }
        phase = Phase.UNMASKED;
        Map<String, BigInteger> selfMask = new TreeMap<>();
        for (String id : request.survivors()) {
            selfMask.put(id, heldShares.get(id).selfMaskShare());
        }
        Map<String, BigInteger> maskKey = new TreeMap<>();
        for (String id : request.dropped()) {
            maskKey.put(id, heldShares.get(id).maskKeyShare());
        }
        return new UnmaskingResponse(clientId, selfMask, maskKey);
    }

    private AdvertiseKeys ownKeys() {
        return new AdvertiseKeys(
                clientId, X25519.publicBytes(encryptionPair.getPublic()), X25519.publicBytes(maskPair.getPublic()));
    }

    private void advance(Phase from, Phase to) {
        if (phase != from) {
            throw new SecAggException(clientId + ": " + to + " asked for in phase " + phase);
        }
        phase = to;
    }
}
