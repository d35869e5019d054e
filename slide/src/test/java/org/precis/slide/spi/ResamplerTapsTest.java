package org.precis.slide.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties of the resampling weights, for any origin, scale and size. */
class ResamplerTapsTest {

    @Property
    void everyOutputPixelsWeightsSumToOne(
            @ForAll @DoubleRange(min = -50, max = 5000) double origin,
            @ForAll @DoubleRange(min = 0.05, max = 40) double scale,
            @ForAll @IntRange(min = 1, max = 300) int size) {
        Resampler.Taps taps = Resampler.Taps.of(origin, scale, size);
        for (int i = 0; i < size; i++) {
            double sum = 0;
            for (int k = 0; k < taps.count[i]; k++) {
                float weight = taps.weights[i * taps.stride + k];
                assertThat(weight).isBetween(0f, 1f);
                sum += weight;
            }
            assertThat(sum).isCloseTo(1.0, within(1e-5));
        }
    }

    @Property
    void tapsMoveMonotonicallySoBandsAreContiguous(
            @ForAll @DoubleRange(min = 0, max = 5000) double origin,
            @ForAll @DoubleRange(min = 0.05, max = 40) double scale,
            @ForAll @IntRange(min = 2, max = 300) int size) {
        Resampler.Taps taps = Resampler.Taps.of(origin, scale, size);
        for (int i = 1; i < size; i++) {
            assertThat(taps.start[i]).isGreaterThanOrEqualTo(taps.start[i - 1]);
            assertThat(taps.start[i] + taps.count[i]).isGreaterThanOrEqualTo(taps.start[i - 1] + taps.count[i - 1]);
        }
        assertThat(taps.first(0, size)).isEqualTo(taps.start[0]);
    }

    @Property
    void areaTapsCoverExactlyTheSourceIntervalOfEachOutputPixel(
            @ForAll @IntRange(min = 0, max = 1000) int origin,
            @ForAll @IntRange(min = 1, max = 16) int factor,
            @ForAll @IntRange(min = 1, max = 50) int size) {
        Resampler.Taps taps = Resampler.Taps.of(origin, factor, size);
        for (int i = 0; i < size; i++) {
            assertThat(taps.start[i]).isEqualTo(origin + (long) i * factor);
            assertThat(taps.count[i]).isEqualTo(factor);
        }
    }
}
