package org.precis.cells.ihc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RelativeDabThresholdTest {

    /** 85% negative nuclei near 0.03 OD, 15% positive spread over 0.3 to 1.2 OD. */
    private static double[] nuclei(long seed, double scale) {
        Random random = new Random(seed);
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = scale
                    * (i < 850 ? Math.abs(0.03 + 0.015 * random.nextGaussian()) : 0.3 + 0.9 * random.nextDouble());
        }
        return values;
    }

    @Property(tries = 50)
    void thresholdsScaleWithTheDensities(
            @ForAll @LongRange(min = 0, max = 1000) long seed, @ForAll @DoubleRange(min = 0.5, max = 2) double scale) {
        RelativeDabThreshold rule = new RelativeDabThreshold(0.01);
        DabThresholds base = rule.thresholds(nuclei(seed, 1));
        DabThresholds scaled = rule.thresholds(nuclei(seed, scale));
        assertThat(base.origin()).isEqualTo(ThresholdOrigin.OTSU);
        assertThat(scaled.positive()).isCloseTo(scale * base.positive(), within(1e-12));
        assertThat(scaled.moderate()).isCloseTo(2 * scaled.positive(), within(1e-12));
        assertThat(scaled.strong()).isCloseTo(3 * scaled.positive(), within(1e-12));
    }

    @Test
    void separatesNegativeFromPositiveNuclei() {
        double[] values = nuclei(7, 1);
        DabThresholds thresholds = RelativeDabThreshold.DEFAULT.thresholds(values);
        int positive = 0;
        for (double value : values) {
            positive += thresholds.bin(value).positive() ? 1 : 0;
        }
        assertThat(positive).isEqualTo(150);
    }

    @Test
    void recoversThePositiveFractionFromTwoToNinetyPercentWithinTwoNuclei() {
        for (double fraction : new double[] {0.02, 0.05, 0.15, 0.3, 0.5, 0.7, 0.9}) {
            Random random = new Random(11);
            int positives = (int) Math.round(1000 * fraction);
            double[] values = new double[1000];
            for (int i = 0; i < values.length; i++) {
                values[i] = i < positives
                        ? 0.3 + 0.9 * random.nextDouble()
                        : Math.abs(0.03 + 0.015 * random.nextGaussian());
            }
            // a floor far below the gap, so that Otsu's threshold alone has to find it
            DabThresholds thresholds = new RelativeDabThreshold(0.01).thresholds(values);
            assertThat(thresholds.origin()).isEqualTo(ThresholdOrigin.OTSU);
            int called = 0;
            for (double value : values) {
                called += thresholds.bin(value).positive() ? 1 : 0;
            }
            // measured: at most one negative nucleus (of 1000) above the threshold, at every fraction
            assertThat(Math.abs(called - positives))
                    .as("positive fraction %s", fraction)
                    .isLessThanOrEqualTo(2);
        }
    }

    @Test
    void anImageWithoutDabGetsTheFloorAndNoPositiveNucleus() {
        double[] values = new double[500];
        Random random = new Random(3);
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.abs(0.02 + 0.01 * random.nextGaussian());
        }
        DabThresholds thresholds = RelativeDabThreshold.DEFAULT.thresholds(values);
        assertThat(thresholds.origin()).isEqualTo(ThresholdOrigin.FLOOR);
        assertThat(thresholds.positive()).isEqualTo(0.1);
        for (double value : values) {
            assertThat(thresholds.bin(value)).isEqualTo(IntensityBin.NEGATIVE);
        }
    }

    @Test
    void binsFollowTheThresholds() {
        DabThresholds thresholds = new DabThresholds(0.2, 0.4, 0.6, ThresholdOrigin.FIXED);
        assertThat(thresholds.bin(0.19)).isEqualTo(IntensityBin.NEGATIVE);
        assertThat(thresholds.bin(0.2)).isEqualTo(IntensityBin.WEAK);
        assertThat(thresholds.bin(0.45)).isEqualTo(IntensityBin.MODERATE);
        assertThat(thresholds.bin(0.6)).isEqualTo(IntensityBin.STRONG);
    }
}
