package org.precis.federation.secagg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an honest client refuses, whatever a curious or broken server asks. */
class HonestClientTest {
    private static final int LENGTH = 8;
    private final SimulatedRound round = new SimulatedRound(SecAggConfig.of(3, LENGTH, "study/1"), 5, 11);

    private SecAggClient client(String id) {
        return round.clients.get(id);
    }

    private Map<String, List<EncryptedShare>> throughSharing() {
        Roster roster = round.server.roster(
                round.clients.values().stream().map(SecAggClient::advertiseKeys).toList());
        return round.server.route(
                round.clients.values().stream().map(c -> c.shareKeys(roster)).toList());
    }

    private void throughMasking(Map<String, List<EncryptedShare>> routed) {
        for (SecAggClient c : round.clients.values()) {
            c.maskedInput(routed.get(c.clientId()), new double[LENGTH]);
        }
    }

    @Test
    void refusesToRevealBothSharesOfOneClient() {
        throughMasking(throughSharing());
        UnmaskingRequest greedy =
                new UnmaskingRequest(List.of("site-a", "site-b", "site-c", "site-d"), List.of("site-b", "site-e"));
        assertThatThrownBy(() -> client("site-a").unmask(greedy))
                .isInstanceOf(SecAggException.class)
                .hasMessageContaining("refuses to reveal both the self-mask and the mask-key share of site-b");
    }

    @Test
    void refusesASecondUnmaskingRequest() {
        throughMasking(throughSharing());
        UnmaskingResponse first = client("site-a")
                .unmask(new UnmaskingRequest(List.of("site-a", "site-b", "site-c", "site-d", "site-e"), List.of()));
        assertThat(first.selfMaskShares()).containsOnlyKeys("site-a", "site-b", "site-c", "site-d", "site-e");
        assertThat(first.maskKeyShares()).isEmpty();
        // Asked again with site-b now "dropped", the answer would complete site-b's mask key next to its self-mask
        // seed.
        UnmaskingRequest second =
                new UnmaskingRequest(List.of("site-a", "site-c", "site-d", "site-e"), List.of("site-b"));
        assertThatThrownBy(() -> client("site-a").unmask(second))
                .isInstanceOf(SecAggException.class)
                .hasMessageContaining("second unmasking request");
    }

    @Test
    void refusesRequestsThatDoNotPartitionTheClientsWhoShared() {
        throughMasking(throughSharing());
        assertThatThrownBy(() -> client("site-a")
                        .unmask(new UnmaskingRequest(List.of("site-a", "site-b", "site-c"), List.of("site-d"))))
                .isInstanceOf(SecAggException.class)
                .hasMessageContaining("are not the clients that shared keys");
        assertThatThrownBy(() -> client("site-a")
                        .unmask(new UnmaskingRequest(
                                List.of("site-b", "site-c", "site-d"), List.of("site-a", "site-e"))))
                .hasMessageContaining("lists this client as dropped");
        assertThatThrownBy(() -> client("site-a")
                        .unmask(new UnmaskingRequest(
                                List.of("site-a", "site-b"), List.of("site-c", "site-d", "site-e"))))
                .hasMessageContaining("below the threshold");
    }

    @Test
    void refusesRosterWithoutItsKeysOrBelowThreshold() {
        List<AdvertiseKeys> advertised =
                round.clients.values().stream().map(SecAggClient::advertiseKeys).toList();
        Roster withoutA = new Roster(advertised.subList(1, 5));
        assertThatThrownBy(() -> client("site-a").shareKeys(withoutA))
                .hasMessageContaining("does not carry this client's advertised keys");
        Roster small = new Roster(advertised.subList(0, 2));
        assertThatThrownBy(() -> client("site-a").shareKeys(small)).hasMessageContaining("below the threshold 3");
        AdvertiseKeys replayed = new AdvertiseKeys(
                "site-x", advertised.get(1).encryptionKey(), advertised.get(1).maskKey());
        List<AdvertiseKeys> withReplay = new ArrayList<>(advertised);
        withReplay.add(replayed);
        assertThatThrownBy(() -> client("site-a").shareKeys(new Roster(withReplay)))
                .hasMessageContaining("repeats a public key");
    }

    @Test
    void refusesTamperedRedirectedOrMissingShares() {
        Map<String, List<EncryptedShare>> routed = throughSharing();
        List<EncryptedShare> forA = routed.get("site-a");
        EncryptedShare original = forA.get(0);
        byte[] flipped = original.ciphertext();
        flipped[5] ^= 1;
        List<EncryptedShare> tampered = new ArrayList<>(forA);
        tampered.set(0, new EncryptedShare(original.sender(), original.recipient(), original.nonce(), flipped));
        assertThatThrownBy(() -> client("site-a").maskedInput(tampered, new double[LENGTH]))
                .hasMessageContaining("does not authenticate");

        // A share relabelled as coming from another client fails authentication too (sender is authenticated data).
        List<EncryptedShare> relabelled = new ArrayList<>(forA);
        String other = forA.get(1).sender();
        relabelled.set(0, new EncryptedShare(other, "site-a", original.nonce(), original.ciphertext()));
        relabelled.remove(1);
        assertThatThrownBy(() -> client("site-a").maskedInput(relabelled, new double[LENGTH]))
                .hasMessageContaining("does not authenticate");

        assertThatThrownBy(() -> client("site-b").maskedInput(forA, new double[LENGTH]))
                .hasMessageContaining("received a share meant for site-a");
        assertThatThrownBy(() -> client("site-a").maskedInput(forA.subList(0, 1), new double[LENGTH]))
                .hasMessageContaining("only 2 clients shared keys, below the threshold 3");
    }

    @Test
    void refusesBadValuesBeforeMasking() {
        Map<String, List<EncryptedShare>> routed = throughSharing();
        double[] vector = new double[LENGTH];
        for (double bad :
                new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0x1p57, -1e17}) {
            vector[3] = bad;
            assertThatThrownBy(() -> client("site-a").maskedInput(routed.get("site-a"), vector))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("value 3")
                    .hasMessageContaining("refused before masking");
        }
        assertThatThrownBy(() -> client("site-a").maskedInput(routed.get("site-a"), new double[LENGTH + 1]))
                .hasMessageContaining("expects " + LENGTH);
        // Refusal left the client able to send a good vector.
        Arrays.fill(vector, 1.5);
        assertThat(client("site-a").maskedInput(routed.get("site-a"), vector).length())
                .isEqualTo(LENGTH);
    }

    @Test
    void phasesRunOnceAndInOrder() {
        SecAggClient a = client("site-a");
        assertThatThrownBy(() -> a.unmask(new UnmaskingRequest(List.of("site-a"), List.of())))
                .isInstanceOf(SecAggException.class);
        a.advertiseKeys();
        assertThatThrownBy(a::advertiseKeys).isInstanceOf(SecAggException.class);
    }
}
