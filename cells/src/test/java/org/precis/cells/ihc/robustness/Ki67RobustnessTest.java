package org.precis.cells.ihc.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.cells.ihc.Ki67Scorer;
import org.precis.cells.ihc.Ki67Settings;
import org.precis.testing.SampleData;

/**
 * The OS-2 Ki67 crop imaged as other scanners would (0.25 and 0.5 µm/px, JPEG quality 0.5,
 * per-channel gamma and gain, all densities x0.75, stain hue turned 8°, and 0.5 µm/px with colour,
 * hue and JPEG together). Measured when written: Precis's index moved at most 1.4 points and its
 * cell count 0.9%; QuPath's fixed rule (standard stains, DAB > 0.2) moved 16.7 points. The
 * issue's target is 3 points and 20%; asserted here is the measured stability with a small margin.
 */
class Ki67RobustnessTest {

    @Test
    void theIndexStaysWithinTwoPointsAcrossScannerChangesWhereAFixedThresholdDoesNot() throws Exception {
        Path slide = SampleData.path("samples/wsi/OS-2-ndpi.ome.tif");
        Ki67Robustness robustness = new Ki67Robustness(
                Ki67Scorer.classical(Ki67Settings.defaults()), Ki67Scorer.classical(Ki67Settings.qupathLike()));
        List<RobustnessRow> rows = robustness.evaluate(slide, ScannerVariant.standardSet(0.2271));

        assertThat(rows).hasSize(8);
        assertThat(Ki67Robustness.maxIndexShift(rows, false))
                .as(Ki67Robustness.markdown(rows))
                .isLessThan(2.0);
        assertThat(Ki67Robustness.maxCountChange(rows))
                .as(Ki67Robustness.markdown(rows))
                .isLessThan(0.03);
        assertThat(Ki67Robustness.maxIndexShift(rows, true))
                .as(Ki67Robustness.markdown(rows))
                .isGreaterThan(10);
    }
}
