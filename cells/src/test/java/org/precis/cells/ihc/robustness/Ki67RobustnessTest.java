package org.precis.cells.ihc.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.cells.ihc.Ki67Scorer;
import org.precis.cells.ihc.Ki67Settings;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import org.precis.testing.SampleData;

/**
 * The OS-2 Ki67 crop imaged as other scanners would (0.25 and 0.5 µm/px, JPEG quality 0.5,
 * per-channel gamma and gain, all densities x0.75, stain hue turned 8°, DAB x0.6, and 0.5 µm/px
 * with DAB x0.7, colour, hue and JPEG together); bench/ki67-robustness.sh prints the same table.
 * Measured when written: Precis's index moved at most 1.7 points and its cell count 0.7%; QuPath's
 * fixed rule (standard stains) moved 6.8 points at DAB 0.2 and 12.0 at DAB 0.5. The target
 * is 3 points and 20%; asserted here is the measured stability with a small margin.
 */
class Ki67RobustnessTest {

    @Test
    void theIndexStaysWithinTwoPointsAcrossSimulatedScannersWhereAFixedThresholdDoesNot() throws Exception {
        Path slide = SampleData.path("samples/wsi/OS-2-ndpi.ome.tif");
        Ki67Robustness robustness = new Ki67Robustness(
                Ki67Scorer.classical(Ki67Settings.defaults()), Ki67Scorer.classical(Ki67Settings.qupathLike()));
        double mpp;
        try (Slides slides = Slides.withDefaults();
                Slide opened = slides.open(slide)) {
            mpp = opened.pixelSize().orElseThrow().mpp();
        }
        List<RobustnessRow> rows = robustness.evaluate(slide, ScannerVariant.standardSet(mpp));

        assertThat(rows).hasSize(9);
        assertThat(Ki67Robustness.maxShift(rows, RobustnessRow::positivePercent))
                .as(Ki67Robustness.markdown(rows))
                .isLessThan(2.2);
        assertThat(Ki67Robustness.maxCountChange(rows))
                .as(Ki67Robustness.markdown(rows))
                .isLessThan(0.015);
        assertThat(Ki67Robustness.maxShift(rows, RobustnessRow::fixedPercentAt05))
                .as(Ki67Robustness.markdown(rows))
                .isGreaterThan(10);
    }
}
