package org.precis.cells.ihc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.precis.slide.RgbImage;

class Ki67ScorerTest {

    private static RgbImage crop;
    private static Ki67Result result;

    @BeforeAll
    static void scoreTheKi67Crop() throws Exception {
        crop = IhcImages.ki67();
        result = Ki67Scorer.classical(Ki67Settings.defaults().withHotspotDiameterUm(200))
                .score(crop, IhcImages.KI67_MPP);
    }

    /**
     * Regression figures of the OS-2 crop as first measured (861 nuclei, 190 positive, 22.1%):
     * a change of detector or rule that moves them shows here and must be explained.
     */
    @Test
    void scoresTheKi67CropAsMeasured() {
        assertThat(result.warnings()).isEmpty();
        assertThat(result.thresholds().origin()).isEqualTo(ThresholdOrigin.OTSU);
        assertThat(result.thresholds().positive()).isCloseTo(0.2536, within(0.001));
        assertThat(result.cells()).hasSize(861);
        assertThat(result.positive()).isEqualTo(190);
        assertThat(result.positivePercent()).isCloseTo(22.07, within(0.01));
        assertThat(result.count(IntensityBin.WEAK)
                        + result.count(IntensityBin.MODERATE)
                        + result.count(IntensityBin.STRONG))
                .isEqualTo(result.positive());
        assertThat(result.hScore())
                .isCloseTo(
                        100.0
                                * (result.count(IntensityBin.WEAK)
                                        + 2 * result.count(IntensityBin.MODERATE)
                                        + 3 * result.count(IntensityBin.STRONG))
                                / result.cells().size(),
                        within(1e-9));
    }

    @Test
    void theHotspotIsAtLeastAsPositiveAsItsShareOfTheImage() {
        Hotspot hotspot = result.hotspot().orElseThrow();
        assertThat(hotspot.diameterUm()).isEqualTo(200);
        assertThat(hotspot.cells()).isPositive();
        // the circle holding the most positive nuclei holds at least its area's share of them
        double areaShare =
                Math.PI * 100 * 100 / (crop.width() * IhcImages.KI67_MPP * crop.height() * IhcImages.KI67_MPP);
        assertThat(hotspot.positive()).isGreaterThanOrEqualTo((int) Math.floor(areaShare * result.positive()));
        assertThat(hotspot.positivePercent()).isGreaterThan(result.positivePercent());
    }

    @Test
    void anImageWithoutDabHasNoPositiveNucleusAndSaysSo() throws Exception {
        RgbImage haematoxylinOnly = haematoxylinOnly(crop, result.stainEstimate());
        Ki67Result none = Ki67Scorer.classical(Ki67Settings.defaults()).score(haematoxylinOnly, IhcImages.KI67_MPP);
        assertThat(none.cells().size()).isGreaterThan(500);
        assertThat(none.positive()).isZero();
        assertThat(none.thresholds().origin()).isEqualTo(ThresholdOrigin.FLOOR);
        assertThat(none.warnings()).anySatisfy(w -> assertThat(w).startsWith("no DAB signal"));
    }

    @Test
    void refusesHaematoxylinAndEosin() throws Exception {
        RgbImage he = IhcImages.heField();
        assertThatThrownBy(() -> Ki67Scorer.classical(Ki67Settings.defaults()).score(he, 0.32))
                .isInstanceOf(UnsuitableImageException.class)
                .hasMessageContaining("looks like H&E");
    }

    @Test
    void refusesAbsurdPixelSizesAndSizes() {
        assertThatThrownBy(() -> Ki67Scorer.requireScorablePixelSize(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside what nuclei can be scored at");
        assertThatThrownBy(() -> Ki67Scorer.requireScorablePixelSize(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ki67Scorer.requireScorableSize(1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too small");
        assertThatThrownBy(() -> Ki67Scorer.requireScorableSize(100_000, 100_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--region");
    }

    /** The image's haematoxylin alone, drawn with its own vector and white: a Ki67-negative image. */
    static RgbImage haematoxylinOnly(RgbImage image, StainEstimate estimate) {
        HdabDensities densities = HdabDensities.of(image, estimate);
        byte[] rgb = new byte[image.rgb().length];
        double[] vector = {
            estimate.stains().haematoxylin().red(),
            estimate.stains().haematoxylin().green(),
            estimate.stains().haematoxylin().blue()
        };
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                double h = densities.haematoxylinAt(x, y);
                int p = 3 * (y * image.width() + x);
                for (int c = 0; c < 3; c++) {
                    rgb[p + c] = (byte) Math.round(estimate.white().channel(c) * Math.pow(10, -h * vector[c]));
                }
            }
        }
        return new RgbImage(image.width(), image.height(), rgb);
    }

    @Test
    void fixedRuleUsesTheGivenDensity() {
        assertThat(FixedDabThreshold.QUPATH_DEFAULT.thresholds(new double[] {0.1, 0.9}))
                .isEqualTo(new DabThresholds(0.2, 0.4, 0.6000000000000001, ThresholdOrigin.FIXED));
        assertThat(List.of(IntensityBin.values()))
                .extracting(IntensityBin::displayName)
                .containsExactly("Negative", "1+", "2+", "3+");
    }
}
