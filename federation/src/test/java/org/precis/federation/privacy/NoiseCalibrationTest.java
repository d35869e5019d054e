package org.precis.federation.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NoiseCalibrationTest {
    private static final double[] ORDERS = RdpCurve.defaultOrders();
    private static final RdpCurve NOTHING_SPENT = RdpCurve.zero(ORDERS);

    private static double epsilon(double q, double sigma, int steps, double delta, RdpCurve spent) {
        return spent.plus(SampledGaussian.rdp(q, sigma, steps, ORDERS))
                .epsilon(delta)
                .epsilon();
    }

    private static void assertSmallest(double q, int steps, double target, double delta, RdpCurve spent) {
        double sigma = NoiseCalibration.noiseMultiplier(q, steps, target, delta, spent);
        assertThat(epsilon(q, sigma, steps, delta, spent)).isLessThanOrEqualTo(target);
        assertThat(epsilon(q, sigma * (1 - 1e-3), steps, delta, spent)).isGreaterThan(target);
    }

    @Test
    void calibratedNoiseIsTheSmallestThatMeetsTheTarget() {
        assertSmallest(0.04, 2000, 8, 1e-5, NOTHING_SPENT);
        assertSmallest(1, 10, 1, 1e-6, NOTHING_SPENT);
        assertSmallest(0.5, 100, 3, 1e-5, NOTHING_SPENT);
        assertSmallest(1e-3, 100_000, 2, 1e-6, NOTHING_SPENT);
        assertSmallest(0.2, 50, 20, 1e-3, NOTHING_SPENT);
    }

    @Test
    void budgetAlreadySpentAsksForMoreNoise() {
        RdpCurve spent = SampledGaussian.rdp(0.1, 1.2, 30, ORDERS);
        double fresh = NoiseCalibration.noiseMultiplier(0.1, 30, 4, 1e-5, NOTHING_SPENT);
        double after = NoiseCalibration.noiseMultiplier(0.1, 30, 4, 1e-5, spent);
        assertThat(after).isGreaterThan(fresh);
        assertSmallest(0.1, 30, 4, 1e-5, spent);
    }

    /**
     * Opacus (pytorch/opacus, opacus/tests/accountants_test.py) test_get_noise_multiplier_rdp_steps:
     * ε = 8, δ = 1e-5, q = 0.04, 2000 steps gives σ ≈ 1.3562 (places=4), and
     * test_get_noise_multiplier_rdp_epochs: 90 epochs, i.e. int(90/0.04) = 2250 steps, gives σ ≈
     * 1.416 (places=4). Opacus stops its search once ε is within its epsilon_tolerance (0.01) below
     * the target, so its σ is an upper bound on the smallest one, not the smallest: for 2000 steps
     * the two agree at 4 places; for 2250 steps the smallest is 1.41589, and Opacus's 1.416 gives ε
     * = 7.99816, inside its 0.01 band.
     */
    @Test
    void opacusNoiseMultipliers() {
        assertThat(NoiseCalibration.noiseMultiplier(0.04, 2000, 8, 1e-5, NOTHING_SPENT))
                .isCloseTo(1.3562, within(5e-5));
        assertThat(NoiseCalibration.noiseMultiplier(0.04, 2250, 8, 1e-5, NOTHING_SPENT))
                .isLessThan(1.416);
        assertThat(epsilon(0.04, 1.416, 2250, 1e-5, NOTHING_SPENT)).isBetween(7.99, 8.0);
    }

    @Test
    void unreachableTargetsAreReported() {
        // Over the default orders no noise gets below ε ≈ 0.10 at δ = 1e-5: the conversion's floor.
        assertThatThrownBy(() -> NoiseCalibration.noiseMultiplier(0.01, 100, 0.05, 1e-5, NOTHING_SPENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "target epsilon 0.05 is unreachable at delta 1.0E-5: without any further rounds");
        RdpCurve spent = SampledGaussian.rdp(1, 0.5, 10, ORDERS);
        assertThatThrownBy(() -> NoiseCalibration.noiseMultiplier(0.01, 100, 2, 1e-5, spent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unreachable");
        assertThatThrownBy(() -> NoiseCalibration.noiseMultiplier(1e-5, 1, 1e6, 1e-5, NOTHING_SPENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is met even with noise multiplier");
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> NoiseCalibration.noiseMultiplier(0, 10, 1, 1e-5, NOTHING_SPENT))
                .hasMessage("sampling rate q must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> NoiseCalibration.noiseMultiplier(0.1, 0, 1, 1e-5, NOTHING_SPENT))
                .hasMessage("steps must be >= 1, got 0");
        assertThatThrownBy(() -> NoiseCalibration.noiseMultiplier(0.1, 10, -1, 1e-5, NOTHING_SPENT))
                .hasMessage("target epsilon must be finite and > 0, got -1.0");
        assertThatThrownBy(() -> NoiseCalibration.noiseMultiplier(0.1, 10, 1, 1, NOTHING_SPENT))
                .hasMessage("delta must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> NoiseCalibration.noiseMultiplier(0.1, 10, 1, 1e-5, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
