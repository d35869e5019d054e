package org.precis.slide.deepzoom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.SampleData;
import org.precis.slide.Slide;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;

/**
 * The formats Precis reads that OpenSlide 3.4.1 does not (DICOM WSI, OME-TIFF): no reference
 * generator exists for them, so their single-level pyramids are checked against the slide itself:
 * a full-resolution tile is the slide's pixels with the overlap, and every level's corner tile
 * renders at its size.
 */
class DeepZoomFormatsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"pathml_small_dicom_TCGA-XK-AAJU-01A-01-TS1.dcm", "OS-1-detail.ome.tif", "OS-2-ndpi.ome.tif"})
    void formatsOpenSlideCannotReadServeTheirOwnPixels(String sample) throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.slide(sample))) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            SlideLevel base = slide.levels().get(0);
            DeepZoomLevel last = pyramid.level(pyramid.levelCount() - 1);
            assertThat(last.width()).isEqualTo(base.width());
            assertThat(last.height()).isEqualTo(base.height());
            RgbImage tile = pyramid.tile(last.index(), 1, 1);
            assertThat(tile).isEqualTo(slide.readRegion(RegionRequest.atLevel(0, 253, 253, 256, 256)));
            for (DeepZoomLevel level : pyramid.levels()) {
                RgbImage corner = pyramid.tile(level.index(), 0, 0);
                assertThat(corner.width()).isLessThanOrEqualTo(255);
                assertThat(corner.height()).isLessThanOrEqualTo(255);
            }
            assertThat(pyramid.tile(0, 0, 0).width()).isEqualTo(1);
        }
    }
}
