package org.precis.imaging.tissue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.precis.imaging.SampleData;
import org.precis.imaging.qc.QcSettings;
import org.precis.imaging.qc.QualityControl;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

class TissueMaskAreaTest {

    @Test
    void edgePixelsCountOnlyTheirPartInsideTheSlide() {
        // mask pixels of 8 µm over a slide of 0.5 µm: 16 level-0 px each; the slide is 24 x 32 level-0 px
        TissueMask mask = TissueMask.of(2, 2, 8.0, 0.5, new boolean[] {true, true, true, true});
        assertThat(mask.tissueAreaMm2()).isEqualTo(4 * 64 / 1e6);
        assertThat(mask.tissueAreaMm2Within(24, 32)).isCloseTo(3 * 64 / 1e6, within(1e-18));
        assertThat(mask.tissueAreaMm2Within(32, 32)).isEqualTo(mask.tissueAreaMm2());
    }

    @Test
    void aSlideFullOfTissueHasNoMoreTissueThanItsArea() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.sample("wsi/OS-1-detail.ome.tif"))) {
            double mpp = slide.pixelSize().orElseThrow().mpp();
            double slideMm2 = 1101 * mpp * 1101 * mpp / 1e6;
            double tissueMm2 = new QualityControl(QcSettings.defaults())
                    .assess(slide, mpp)
                    .report()
                    .tissueAreaMm2();
            // the crop is tissue edge to edge
            assertThat(tissueMm2).isLessThanOrEqualTo(slideMm2 * (1 + 1e-12)).isGreaterThan(0.9 * slideMm2);
        }
    }
}
