package org.precis.federation.secagg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A single client's masked vector is indistinguishable from uniform in Z_2^128, even for the most
 * structured input (every value the same): chi-square tests of byte frequencies and of each of
 * the 128 bit positions, with fixed seeds, at the 0.999 quantile. The unmasked encoding fails both,
 * which shows the tests can tell.
 */
class MaskedInputUniformityTest {
    private static final int LENGTH = 1 << 20;
    /** scipy.stats.chi2.ppf(0.999, 255). */
    private static final double BYTE_CRITICAL = 330.51974363400586;
    /** scipy.stats.chi2.ppf(0.999, 128). */
    private static final double BIT_CRITICAL = 183.18643733447217;

    @Test
    void maskedVectorOfAConstantLooksUniform() {
        SimulatedRound round = new SimulatedRound(SecAggConfig.of(2, LENGTH, "uniformity"), 3, 42);
        double[] constant = new double[LENGTH];
        Arrays.fill(constant, 1234.5);
        Roster roster = round.server.roster(
                round.clients.values().stream().map(SecAggClient::advertiseKeys).toList());
        Map<String, List<EncryptedShare>> routed = round.server.route(
                round.clients.values().stream().map(c -> c.shareKeys(roster)).toList());
        SecAggClient a = round.clients.get("site-a");
        long[] masked = a.maskedInput(routed.get("site-a"), constant).words();

        assertThat(byteChiSquare(masked)).isLessThan(BYTE_CRITICAL);
        assertThat(bitChiSquare(masked)).isLessThan(BIT_CRITICAL);
        long[] plain = FixedPoint.DEFAULT.encode(constant);
        assertThat(byteChiSquare(plain)).isGreaterThan(BYTE_CRITICAL);
        assertThat(bitChiSquare(plain)).isGreaterThan(BIT_CRITICAL);
    }

    private static double byteChiSquare(long[] words) {
        long[] counts = new long[256];
        for (long word : words) {
            for (int b = 0; b < 8; b++) {
                counts[(int) (word >>> (8 * b)) & 0xFF]++;
            }
        }
        double expected = words.length * 8 / 256.0;
        double statistic = 0;
        for (long count : counts) {
            statistic += (count - expected) * (count - expected) / expected;
        }
        return statistic;
    }

    /** Sum over the 128 bit positions of ((ones - zeros)^2 / n): chi-square with 128 degrees of freedom. */
    private static double bitChiSquare(long[] words) {
        long[] ones = new long[128];
        for (int i = 0; i < words.length; i++) {
            int offset = (i % 2) * 64;
            long word = words[i];
            for (int b = 0; b < 64; b++) {
                ones[offset + b] += (word >>> b) & 1;
            }
        }
        double n = words.length / 2.0;
        double statistic = 0;
        for (long count : ones) {
            double difference = 2.0 * count - n;
            statistic += difference * difference / n;
        }
        return statistic;
    }
}
