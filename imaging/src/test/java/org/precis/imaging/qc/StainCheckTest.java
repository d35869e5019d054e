package org.precis.imaging.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.imaging.SampleData;
import org.precis.imaging.stain.Stain;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

/** The H&E check separates the sample H&E slides from the Ki67 IHC one by their eosin. */
class StainCheckTest {

    @Test
    void theSampleHeSlidesPassAndTheIhcSlideDoesNot() throws Exception {
        for (String he : List.of(
                "CMU-1-Small-Region.svs", "OS-1-detail.ome.tif", "pathml_small_dicom_TCGA-XK-AAJU-01A-01-TS1.dcm")) {
            StainCheck check = check(SampleData.sample("wsi/" + he));
            assertThat(check.consistent()).as(he + ": " + check.finding()).isTrue();
            // The palest H&E sample (OS-1, 0.0057) stays well above the limit.
            assertThat(check.eosinMean()).as(he).isGreaterThan(2.5 * StainCheck.HE_MINIMUM_EOSIN_MEAN);
        }
        StainCheck ihc = check(SampleData.sample("wsi/OS-2-ndpi.ome.tif"));
        assertThat(ihc.consistent()).isFalse();
        assertThat(ihc.eosinMean()).isLessThan(StainCheck.HE_MINIMUM_EOSIN_MEAN / 10);
        assertThat(ihc.finding()).contains("not H&E");
    }

    @Test
    void noTissueIsNoEvidenceOfHe() {
        StainCheck none = StainCheck.haematoxylinEosin(List.of());
        assertThat(none.consistent()).isFalse();
        assertThat(none.finding()).contains("no tissue");
        StainCheck pale = StainCheck.haematoxylinEosin(List.of(
                new StainSummary(Stain.HAEMATOXYLIN, 10, 0.05, 0, 0, 0),
                new StainSummary(Stain.EOSIN, 10, 0.001, 0, 0, 0)));
        assertThat(pale.consistent()).isFalse();
    }

    private static StainCheck check(Path file) throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            return StainCheck.haematoxylinEosin(
                    slide, slide.pixelSize().orElseThrow().mpp(), QcSettings.defaults());
        }
    }
}
