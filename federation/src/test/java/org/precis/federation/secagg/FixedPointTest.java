package org.precis.federation.secagg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class FixedPointTest {
    private final FixedPoint encoding = FixedPoint.DEFAULT;

    @Test
    void encodesAsTwosComplementMultiplesOfTheScale() {
        assertThat(encoding.encode(new double[] {1.0})).containsExactly(1L << 60, 0L);
        assertThat(encoding.encode(new double[] {-1.0})).containsExactly(-(1L << 60), -1L);
        assertThat(encoding.encode(new double[] {0x1p-60})).containsExactly(1L, 0L);
        // 2^12 * 2^60 = 2^72: bit 8 of the high word.
        assertThat(encoding.encode(new double[] {0x1p12})).containsExactly(0L, 1L << 8);
        assertThat(encoding.encode(new double[] {-0x1p12})).containsExactly(0L, -(1L << 8));
        assertThat(encoding.encode(new double[] {0x1p56})).containsExactly(0L, 1L << 52);
        // 2^-8 plus its ulp (2^-60): exactly one step of the encoding above 2^52 steps.
        assertThat(encoding.encode(new double[] {0x1p-8 + 0x1p-60})).containsExactly((1L << 52) + 1, 0L);
        assertThat(encoding.maxSummands()).isEqualTo(1 << 11);
    }

    @Test
    void valuesAtOrAboveOneRoundTripExactly() {
        double[] values = {1e9, -1e9, 123456789.123456789, 0x1p56, -0x1p56, 3.0, 1e16, Math.PI * 1e6, 0x1p-7, 0.3};
        assertThat(encoding.decode(encoding.encode(values))).containsExactly(values);
    }

    @Property
    void roundTripErrorIsAtMostHalfTheScale(@ForAll @DoubleRange(min = -1e12, max = 1e12) double value) {
        double back = encoding.decode(encoding.encode(new double[] {value}))[0];
        assertThat(Math.abs(back - value)).isLessThanOrEqualTo(0x1p-61 + Math.ulp(value));
    }

    @Test
    void sumsOfNegativeAndPositiveValuesDecode() {
        long[] sum = encoding.encode(new double[] {1e9, -1e-6, -5.25});
        Ring128.add(sum, encoding.encode(new double[] {-2e9, 3e-6, 5.25}));
        double[] decoded = encoding.decode(sum);
        assertThat(decoded[0]).isEqualTo(-1e9);
        assertThat(Math.abs(decoded[1] - 2e-6)).isLessThan(2e-6 * 1e-12);
        assertThat(decoded[2]).isZero();
    }

    @Test
    void refusesNonFiniteAndOutOfRangeValues() {
        assertThatThrownBy(() -> encoding.encode(new double[] {0, Double.NaN})).hasMessageContaining("value 1 is NaN");
        assertThatThrownBy(() -> encoding.encode(new double[] {Double.NEGATIVE_INFINITY}))
                .hasMessageContaining("-Infinity");
        assertThatThrownBy(() -> encoding.encode(new double[] {0x1.0000000000001p56}))
                .hasMessageContaining("outside ±2^56");
        assertThatThrownBy(() -> new FixedPoint(60, 70)).isInstanceOf(IllegalArgumentException.class);
    }
}
