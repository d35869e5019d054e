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
import org.junit.jupiter.api.Test;

class RdpCurveTest {
    @Test
    void defaultOrdersAreOpacusOrders() {
        double[] orders = RdpCurve.defaultOrders();
        assertThat(orders).hasSize(151);
        assertThat(orders[0]).isEqualTo(1.1);
        assertThat(orders[98]).isEqualTo(10.9);
        assertThat(orders[99]).isEqualTo(12);
        assertThat(orders[150]).isEqualTo(63);
        for (int x = 1; x <= 99; x++) {
            assertThat(orders[x - 1]).isEqualTo(1 + x / 10.0);
        }
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[] orders = {2, 3};
        double[] values = {0.5, 0.75};
        RdpCurve curve = new RdpCurve(orders, values);
        orders[0] = 1.5;
        values[0] = 9;
        curve.orders()[1] = 7;
        curve.values()[1] = 7;
        assertThat(curve.orders()).containsExactly(2, 3);
        assertThat(curve.values()).containsExactly(0.5, 0.75);
        assertThat(curve).isEqualTo(new RdpCurve(new double[] {2, 3}, new double[] {0.5, 0.75}));
        assertThat(curve.hashCode()).isEqualTo(new RdpCurve(new double[] {2, 3}, new double[] {0.5, 0.75}).hashCode());
    }

    @Test
    void composesByAddingAndRepeatingByMultiplying() {
        RdpCurve a = new RdpCurve(new double[] {2, 3}, new double[] {0.5, 0.75});
        RdpCurve b = new RdpCurve(new double[] {2, 3}, new double[] {0.25, 1});
        assertThat(a.plus(b).values()).containsExactly(0.75, 1.75);
        assertThat(a.times(4).values()).containsExactly(2, 3);
        assertThat(a.times(3)).isEqualTo(a.plus(a).plus(a));
        assertThat(RdpCurve.zero(new double[] {2, 3}).plus(a)).isEqualTo(a);
        RdpCurve infinite = new RdpCurve(new double[] {2}, new double[] {Double.POSITIVE_INFINITY});
        assertThat(infinite.times(0).values()).containsExactly(0);
    }

    /** Hand-computed: constant RDP 1.1, orders 2..32, δ = 1e-5; both conversions pick order 32. */
    @Test
    void convertsByTheBestOrder() {
        double[] orders = new double[31];
        double[] values = new double[31];
        for (int i = 0; i < 31; i++) {
            orders[i] = 2 + i;
            values[i] = 1.1;
        }
        RdpCurve curve = new RdpCurve(orders, values);
        PrivacySpent classic = curve.epsilon(1e-5, Conversion.CLASSIC);
        assertThat(classic.epsilon()).isCloseTo(1.1 + Math.log(1e5) / 31, within(1e-15));
        assertThat(classic.order()).isEqualTo(32);
        PrivacySpent improved = curve.epsilon(1e-5);
        assertThat(improved.epsilon())
                .isCloseTo(1.1 - (Math.log(1e-5) + Math.log(32)) / 31 + Math.log(31.0 / 32), within(1e-15));
        assertThat(improved.delta()).isEqualTo(1e-5);
    }

    @Test
    void negativeBoundsCountAsZero() {
        PrivacySpent spent = new RdpCurve(new double[] {1000}, new double[] {0}).epsilon(0.5);
        assertThat(Conversion.IMPROVED.epsilon(1000, 0, 0.5)).isNegative();
        assertThat(spent.epsilon()).isZero();
    }

    @Provide
    Arbitrary<Double> deltas() {
        return Arbitraries.doubles().between(-12, -0.01).map(exponent -> Math.pow(10, exponent));
    }

    @Property(tries = 300)
    void improvedIsBelowClassic(
            @ForAll @DoubleRange(min = 1.01, max = 1000) double order,
            @ForAll @DoubleRange(min = 0, max = 100) double rdp,
            @ForAll("deltas") double delta) {
        assertThat(Conversion.IMPROVED.epsilon(order, rdp, delta))
                .isLessThan(Conversion.CLASSIC.epsilon(order, rdp, delta));
    }

    @Test
    void rejectsBadCurves() {
        assertThatThrownBy(() -> new RdpCurve(new double[] {1}, new double[] {0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RDP order must be finite and > 1, got 1.0");
        assertThatThrownBy(() -> new RdpCurve(new double[] {Double.NaN}, new double[] {0}))
                .hasMessage("RDP order must be finite and > 1, got NaN");
        assertThatThrownBy(() -> new RdpCurve(new double[] {Double.POSITIVE_INFINITY}, new double[] {0}))
                .hasMessage("RDP order must be finite and > 1, got Infinity");
        assertThatThrownBy(() -> new RdpCurve(new double[] {3, 2}, new double[] {0, 0}))
                .hasMessage("orders must be strictly increasing, got 3.0 then 2.0");
        assertThatThrownBy(() -> new RdpCurve(new double[] {2}, new double[] {-1}))
                .hasMessage("RDP values must be >= 0, got -1.0 at order 2.0");
        assertThatThrownBy(() -> new RdpCurve(new double[] {2}, new double[] {Double.NaN}))
                .hasMessage("RDP values must be >= 0, got NaN at order 2.0");
        assertThatThrownBy(() -> new RdpCurve(new double[] {2, 3}, new double[] {0}))
                .hasMessage("orders and values must be non-empty and of equal length, got 2 orders and 1 values");
        assertThatThrownBy(() -> new RdpCurve(new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RdpCurve.zero(null)).hasMessage("orders and values must not be null");
    }

    @Test
    void rejectsBadArguments() {
        RdpCurve curve = new RdpCurve(new double[] {2, 3}, new double[] {0.5, 0.75});
        for (double delta : new double[] {0, 1, -0.1, 2, Double.NaN}) {
            assertThatThrownBy(() -> curve.epsilon(delta))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("delta must be in (0, 1), got " + delta);
        }
        assertThatThrownBy(() -> curve.plus(new RdpCurve(new double[] {2, 4}, new double[] {0, 0})))
                .hasMessage("cannot compose RDP curves over different orders");
        assertThatThrownBy(() -> curve.times(-1)).hasMessage("steps must be >= 0, got -1");
        assertThatThrownBy(() -> new PrivacySpent(-1, 1e-5, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
