package org.precis.federation.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Properties of the sampled Gaussian's RDP over the supported range, and its input checks. */
class SampledGaussianTest {
    /** Relative slack for comparisons between two computed values (measured rounding: ~1e-15). */
    private static final double SLACK = 1e-12;

    @Provide
    Arbitrary<Double> orders() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(2, 256).map(Integer::doubleValue),
                Arbitraries.doubles().between(1.01, 256).ofScale(3));
    }

    @Provide
    Arbitrary<Double> rates() {
        return Arbitraries.doubles().between(-5, 0).map(exponent -> Math.pow(10, exponent));
    }

    @Property(tries = 200)
    void finiteAndBelowTheUnsampledGaussian(
            @ForAll("rates") double q,
            @ForAll @DoubleRange(min = 0.3, max = 50) double sigma,
            @ForAll("orders") double order) {
        double rdp = SampledGaussian.rdp(q, sigma, order);
        assertThat(rdp).isFinite().isNotNegative();
        assertThat(rdp).isLessThanOrEqualTo(order / (2 * sigma * sigma) * (1 + SLACK));
    }

    @Property(tries = 200)
    void decreasingInSigma(
            @ForAll("rates") double q,
            @ForAll @DoubleRange(min = 0.3, max = 45) double sigma,
            @ForAll("orders") double order) {
        assertThat(SampledGaussian.rdp(q, sigma * 1.1, order))
                .isLessThanOrEqualTo(SampledGaussian.rdp(q, sigma, order) * (1 + SLACK));
    }

    @Property(tries = 200)
    void increasingInQ(
            @ForAll("rates") double q,
            @ForAll @DoubleRange(min = 0.3, max = 50) double sigma,
            @ForAll("orders") double order) {
        assertThat(SampledGaussian.rdp(q * 0.9, sigma, order))
                .isLessThanOrEqualTo(SampledGaussian.rdp(q, sigma, order) * (1 + SLACK));
    }

    @Property(tries = 50)
    void linearInSteps(
            @ForAll("rates") double q,
            @ForAll @DoubleRange(min = 0.3, max = 50) double sigma,
            @ForAll @IntRange(min = 0, max = 100_000) int steps) {
        double[] orders = {1.5, 2, 8, 32.5};
        double[] one = SampledGaussian.rdp(q, sigma, 1, orders).values();
        double[] many = SampledGaussian.rdp(q, sigma, steps, orders).values();
        for (int i = 0; i < orders.length; i++) {
            assertThat(many[i]).isEqualTo(one[i] * steps);
        }
    }

    @Property(tries = 50)
    void epsilonDecreasingInSigma(
            @ForAll("rates") double q,
            @ForAll @DoubleRange(min = 0.3, max = 45) double sigma,
            @ForAll @IntRange(min = 1, max = 10_000) int steps) {
        double[] orders = RdpCurve.defaultOrders();
        double noisier =
                SampledGaussian.rdp(q, sigma * 1.1, steps, orders).epsilon(1e-5).epsilon();
        double plain =
                SampledGaussian.rdp(q, sigma, steps, orders).epsilon(1e-5).epsilon();
        assertThat(noisier).isLessThanOrEqualTo(plain * (1 + SLACK));
    }

    @Test
    void withoutSamplingIsOrderOverTwoSigmaSquared() {
        for (double order : new double[] {1.5, 2, 7.25, 63, 256}) {
            for (double sigma : new double[] {0.3, 1, 4.530877117, 50}) {
                assertThat(SampledGaussian.rdp(1, sigma, order)).isEqualTo(order / (2 * sigma * sigma));
            }
        }
    }

    /** q just below 1 takes the series path and must meet the closed form at q = 1 (measured 2.0e-12). */
    @Test
    void continuousAtQOne() {
        for (double order : new double[] {1.5, 2, 7.25, 63, 255.5}) {
            for (double sigma : new double[] {0.3, 1, 50}) {
                double closed = order / (2 * sigma * sigma);
                assertThat(SampledGaussian.rdp(1 - 1e-12, sigma, order))
                        .as("order %s sigma %s", order, sigma)
                        .isCloseTo(closed, within(1e-11 * closed));
            }
        }
    }

    /**
     * Integer orders take the binomial sum, orders 1e-9 away the two-sided series; they must meet.
     * Measured: relative differences up to 1.4e-8 (the RDP's own slope in α, at q = 1e-5, σ = 0.3, α
     * = 3), absolute up to 8.4e-17 where the RDP is below 1e-13 (the series' floor, see {@link
     * SampledGaussian}).
     */
    @Test
    void seriesMeetsTheBinomialSumAtIntegerOrders() {
        for (double q : new double[] {1e-5, 1e-3, 0.04, 0.5, 0.99}) {
            for (double sigma : new double[] {0.3, 1, 5, 50}) {
                for (int order : new int[] {2, 3, 10, 63, 256}) {
                    double atInteger = SampledGaussian.rdp(q, sigma, order);
                    double nearby = SampledGaussian.rdp(q, sigma, order + 1e-9);
                    assertThat(Math.abs(nearby - atInteger))
                            .as("q %s sigma %s order %s", q, sigma, order)
                            .isLessThanOrEqualTo(1e-7 * atInteger + 3e-16);
                }
            }
        }
    }

    @Test
    void rejectsBadArguments() {
        for (double q : new double[] {0, -0.1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> SampledGaussian.rdp(q, 1, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sampling rate q must be in (0, 1], got " + q);
        }
        for (double sigma : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> SampledGaussian.rdp(0.1, sigma, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("noise multiplier sigma must be finite and > 0, got " + sigma);
        }
        for (double order : new double[] {1, 0.5, -3, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> SampledGaussian.rdp(0.1, 1, order))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("RDP order must be finite and > 1, got " + order);
        }
        assertThatThrownBy(() -> SampledGaussian.rdp(0.1, 1, 10_001))
                .hasMessage("RDP order must be at most 10000.0, got 10001.0");
        assertThatThrownBy(() -> SampledGaussian.rdp(0.1, 1, -1, new double[] {2}))
                .hasMessage("steps must be >= 0, got -1");
        assertThatThrownBy(() -> SampledGaussian.rdp(0.1, 1, 1, null)).hasMessage("orders must not be null");
    }
}
