package org.precis.federation.secagg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.precis.federation.secagg.SimulatedRound.Dropout;

class SecAggRoundTest {
    private static final int LENGTH = 2000;

    /** Cox-like vectors: gradients and Hessian entries from 1e-6 to 1e9 in magnitude, both signs. */
    private static Map<String, double[]> vectors(SimulatedRound round, long seed) {
        Random random = new Random(seed);
        Map<String, double[]> vectors = new LinkedHashMap<>();
        for (String id : round.clients.keySet()) {
            double[] vector = new double[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                double magnitude = Math.pow(10, -6 + 15 * random.nextDouble());
                vector[i] = (random.nextBoolean() ? 1 : -1) * magnitude;
            }
            vectors.put(id, vector);
        }
        return vectors;
    }

    private static double[] exactSum(Map<String, double[]> vectors, List<String> included) {
        double[] sum = new double[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            BigDecimal total = BigDecimal.ZERO;
            for (String id : included) {
                total = total.add(new BigDecimal(vectors.get(id)[i]));
            }
            sum[i] = total.round(MathContext.DECIMAL128).doubleValue();
        }
        return sum;
    }

    /**
     * Relative agreement far inside the 1e-8 that Newton steps need; the absolute floor is the
     * encoding's rounding, half of 2^-60 per site.
     */
    private static void assertAgrees(double[] actual, double[] expected, int sites) {
        for (int i = 0; i < expected.length; i++) {
            double tolerance = Math.max(1e-12 * Math.abs(expected[i]), sites * 0x1p-61);
            assertThat(Math.abs(actual[i] - expected[i]))
                    .as("element %d: %s vs %s", i, actual[i], expected[i])
                    .isLessThanOrEqualTo(tolerance);
        }
    }

    @Test
    void masksCancelExactlyToThePlainFixedPointSum() {
        SimulatedRound round = new SimulatedRound(SecAggConfig.of(3, LENGTH, "study-1/round-1"), 5, 1);
        Map<String, double[]> vectors = vectors(round, 2);
        List<AdvertiseKeys> advertised =
                round.clients.values().stream().map(SecAggClient::advertiseKeys).toList();
        Roster roster = round.server.roster(advertised);
        Map<String, List<EncryptedShare>> routed = round.server.route(
                round.clients.values().stream().map(c -> c.shareKeys(roster)).toList());
        List<MaskedInput> inputs = round.clients.values().stream()
                .map(c -> c.maskedInput(routed.get(c.clientId()), vectors.get(c.clientId())))
                .toList();
        UnmaskingRequest request = round.server.unmaskingRequest(inputs);
        long[] ringSum = round.server.ringSum(
                round.clients.values().stream().map(c -> c.unmask(request)).toList());

        long[] plain = new long[2 * LENGTH];
        for (double[] vector : vectors.values()) {
            Ring128.add(plain, FixedPoint.DEFAULT.encode(vector));
        }
        assertThat(ringSum).isEqualTo(plain);
        // The masked inputs themselves are nothing like the encoded vectors.
        assertThat(inputs.get(0).words()).isNotEqualTo(FixedPoint.DEFAULT.encode(vectors.get("site-a")));
        assertAgrees(FixedPoint.DEFAULT.decode(ringSum), exactSum(vectors, List.copyOf(vectors.keySet())), 5);
    }

    @Test
    void sumMeetsNewtonStepPrecisionWithNoDropout() {
        SimulatedRound round = new SimulatedRound(SecAggConfig.of(2, LENGTH, "cox/round-3"), 3, 3);
        Map<String, double[]> vectors = vectors(round, 4);
        double[] sum = round.run(vectors, Map.of());
        assertAgrees(sum, exactSum(vectors, List.copyOf(vectors.keySet())), 3);
        assertThat(round.server.survivors()).containsExactly("site-a", "site-b", "site-c");
    }

    @ParameterizedTest
    @EnumSource(
            value = Dropout.class,
            names = {"BEFORE_SHARE_KEYS", "BEFORE_MASKED_INPUT", "BEFORE_UNMASKING"})
    void dropoutDownToTheThresholdIsRecovered(Dropout when) {
        SimulatedRound round = new SimulatedRound(SecAggConfig.of(3, LENGTH, "s/" + when), 5, 5);
        Map<String, double[]> vectors = vectors(round, 6);
        double[] sum = round.run(vectors, Map.of("site-b", when, "site-d", when));
        // Clients that sent a masked input are in the sum even if they left before unmasking.
        List<String> included = when == Dropout.BEFORE_UNMASKING
                ? List.copyOf(vectors.keySet())
                : List.of("site-a", "site-c", "site-e");
        assertThat(round.server.survivors()).containsExactlyElementsOf(included);
        assertAgrees(sum, exactSum(vectors, included), 5);
    }

    @ParameterizedTest
    @EnumSource(
            value = Dropout.class,
            names = {"BEFORE_SHARE_KEYS", "BEFORE_MASKED_INPUT", "BEFORE_UNMASKING"})
    void dropoutBelowTheThresholdIsRefused(Dropout when) {
        SimulatedRound round = new SimulatedRound(SecAggConfig.of(3, LENGTH, "s/" + when), 5, 7);
        Map<String, double[]> vectors = vectors(round, 8);
        assertThatThrownBy(() -> round.run(vectors, Map.of("site-a", when, "site-b", when, "site-c", when)))
                .isInstanceOf(SecAggException.class)
                .hasMessageContaining("below the threshold 3");
    }

    @Test
    void dropoutsAtEveryPhaseInOneRound() {
        SimulatedRound round = new SimulatedRound(SecAggConfig.of(4, LENGTH, "mixed"), 7, 9);
        Map<String, double[]> vectors = vectors(round, 10);
        Map<String, Dropout> dropouts = new HashMap<>();
        dropouts.put("site-a", Dropout.BEFORE_SHARE_KEYS);
        dropouts.put("site-c", Dropout.BEFORE_MASKED_INPUT);
        dropouts.put("site-g", Dropout.BEFORE_UNMASKING);
        double[] sum = round.run(vectors, dropouts);
        List<String> included = List.of("site-b", "site-d", "site-e", "site-f", "site-g");
        assertThat(round.server.survivors()).containsExactlyElementsOf(included);
        assertAgrees(sum, exactSum(vectors, included), 7);
    }

    @Test
    void serverRefusesThresholdsThatAreNotAMajority() {
        assertThatThrownBy(() -> new SecAggServer(SecAggConfig.of(2, 10, "s"), java.util.Set.of("a", "b", "c", "d")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than half");
        assertThatThrownBy(() -> new SecAggServer(SecAggConfig.of(4, 10, "s"), java.util.Set.of("a", "b", "c")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot reach the threshold");
    }
}
