package org.precis.cells.ihc.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.cells.ihc.Ki67Scorer;
import org.precis.cells.ihc.Ki67Settings;
import org.precis.testing.SampleData;

class Ki67RobustnessTest {

    @Test
    void theIndexStaysWithinThreePointsAcrossScannerChanges() throws Exception {
        Path slide = SampleData.path("samples/wsi/OS-2-ndpi.ome.tif");
        Ki67Robustness robustness = new Ki67Robustness(
                Ki67Scorer.classical(Ki67Settings.defaults()), Ki67Scorer.classical(Ki67Settings.qupathLike()));
        List<RobustnessRow> rows = robustness.evaluate(slide, ScannerVariant.standardSet(0.2271));
        System.out.println(Ki67Robustness.markdown(rows));
        assertThat(Ki67Robustness.maxIndexShift(rows, false)).isLessThan(3);
    }
}
