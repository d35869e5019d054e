package org.precis.imaging.stain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class MacenkoPropertiesTest {

    @Property(tries = 200)
    void recoversAnyTwoDistinctStainsAndNormalisesOntoTheTarget(
            @ForAll @DoubleRange(min = 0.2, max = 1) double r1,
            @ForAll @DoubleRange(min = 0.2, max = 1) double g1,
            @ForAll @DoubleRange(min = 0.2, max = 1) double b1,
            @ForAll @DoubleRange(min = 0.2, max = 1) double r2,
            @ForAll @DoubleRange(min = 0.2, max = 1) double g2,
            @ForAll @DoubleRange(min = 0.2, max = 1) double b2,
            @ForAll long seed) {
        StainVector first = StainVector.along(r1, g1, b1);
        StainVector second = StainVector.along(r2, g2, b2);
        double cosine = first.red() * second.red() + first.green() * second.green() + first.blue() * second.blue();
        Assume.that(cosine < 0.99 && Math.abs(first.red() - second.red()) > 1e-3);
        StainVector h = first.red() > second.red() ? first : second;
        StainVector e = first.red() > second.red() ? second : first;
        SplittableRandom random = new SplittableRandom(seed);
        int pixels = 2000;
        double[] od = new double[3 * pixels];
        for (int p = 0; p < pixels; p++) {
            int kind = p % 5;
            double ch = kind == 1 ? 0 : random.nextDouble(1.5, 2.5);
            double ce = kind == 0 ? 0 : random.nextDouble(1.5, 2.5);
            for (int c = 0; c < 3; c++) {
                od[3 * p + c] = h.component(c) * ch + e.component(c) * ce;
            }
        }
        MacenkoStains estimate = MacenkoNormaliser.estimate(od);
        for (int c = 0; c < 3; c++) {
            assertThat(estimate.haematoxylin().component(c)).isCloseTo(h.component(c), within(1e-9));
            assertThat(estimate.eosin().component(c)).isCloseTo(e.component(c), within(1e-9));
        }
        MacenkoStains reached =
                MacenkoNormaliser.estimate(new MacenkoNormaliser(MacenkoStains.REFERENCE).normaliseOpticalDensity(od));
        for (int c = 0; c < 3; c++) {
            assertThat(reached.haematoxylin().component(c))
                    .isCloseTo(MacenkoStains.REFERENCE.haematoxylin().component(c), within(1e-9));
            assertThat(reached.eosin().component(c))
                    .isCloseTo(MacenkoStains.REFERENCE.eosin().component(c), within(1e-9));
        }
        assertThat(reached.maxHaematoxylin()).isCloseTo(MacenkoStains.REFERENCE.maxHaematoxylin(), within(1e-9));
        assertThat(reached.maxEosin()).isCloseTo(MacenkoStains.REFERENCE.maxEosin(), within(1e-9));
    }
}
