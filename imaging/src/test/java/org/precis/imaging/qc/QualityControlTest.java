package org.precis.imaging.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precis.imaging.SampleData;
import org.precis.imaging.SyntheticSlide;
import org.precis.imaging.outline.PolygonRaster;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

class QualityControlTest {

    @TempDir
    Path folder;

    /**
     * A slide of 2560 x 1280 px at 0.5 µm/px: white, a rectangle of pink tissue over [256, 2304) x
     * [256, 1024) strewn with purple nuclei 3 px in radius, and the right half (x >= 1280) blurred
     * by a Gaussian of 2 µm as an out-of-focus scan would be.
     */
    static RgbImage halfBlurredTissue() {
        int width = 2560;
        int height = 1280;
        RgbImage image = RgbImage.filled(width, height, 255, 255, 255);
        byte[] rgb = image.rgb();
        for (int y = 256; y < 1024; y++) {
            for (int x = 256; x < 2304; x++) {
                set(rgb, width, x, y, 230, 150, 200);
            }
        }
        Random random = new Random(20261129);
        for (int n = 0; n < 5000; n++) {
            int cx = 256 + random.nextInt(2048);
            int cy = 256 + random.nextInt(768);
            for (int y = Math.max(256, cy - 3); y <= Math.min(1023, cy + 3); y++) {
                for (int x = Math.max(256, cx - 3); x <= Math.min(2303, cx + 3); x++) {
                    if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= 9) {
                        set(rgb, width, x, y, 90, 50, 140);
                    }
                }
            }
        }
        RgbImage right = LaplacianVarianceTest.blurred(LaplacianVarianceTest.crop(image, 1280, 0, 1280, height), 4.0);
        for (int y = 0; y < height; y++) {
            System.arraycopy(right.rgb(), 3 * y * 1280, rgb, 3 * (y * width + 1280), 3 * 1280);
        }
        return image;
    }

    private static void set(byte[] rgb, int width, int x, int y, int red, int green, int blue) {
        int i = 3 * (y * width + x);
        rgb[i] = (byte) red;
        rgb[i + 1] = (byte) green;
        rgb[i + 2] = (byte) blue;
    }

    @Test
    void findsTheBlurredHalfAndLeavesItOutOfTheUsableTissue() throws Exception {
        Path file = SyntheticSlide.write(folder.resolve("half-blurred.tif"), halfBlurredTissue(), 0.5);
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            SlideQuality quality = new QualityControl(QcSettings.defaults()).assess(slide, 0.5);
            QualityReport report = quality.report();
            // focus tiles of 128 px at 1 µm/px are 256 level-0 px: 8 x 3 lie wholly in the tissue
            assertThat(report.focusTilesChecked()).isEqualTo(24);
            assertThat(report.focusTilesOutOfFocus()).isEqualTo(12);
            assertThat(report.outOfFocusFraction()).isEqualTo(0.5);
            for (FocusTile tile : quality.focusTiles()) {
                assertThat(tile.outOfFocus())
                        .as(tile.toString())
                        .isEqualTo(tile.tile().x() >= 1280);
            }
            double tissueMm2 = 2048 * 768 * 0.25 / 1e6;
            assertThat(report.detectedTissueAreaMm2()).isBetween(0.95 * tissueMm2, 1.05 * tissueMm2);
            assertThat(report.tissueAreaMm2())
                    .isBetween(0.45 * report.detectedTissueAreaMm2(), 0.55 * report.detectedTissueAreaMm2());
            assertThat(report.tissueRegions()).isEqualTo(1);
            assertThat(report.penMarks().totalMm2()).isZero();
            assertThat(report.stains()).hasSize(2);
            // the usable mask's right half is empty
            for (int y = 0; y < quality.mask().height(); y++) {
                for (int x = 1280 / 16; x < quality.mask().width(); x++) {
                    assertThat(quality.mask().isTissue(x, y)).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CMU-1-Small-Region.svs",
                "CMU-1-Small-Region_pyramid_jpeg.tif",
                "CMU-1-Small-Region_pyramid_jpeg_subifd.tif",
                "OS-1-detail.ome.tif",
                "OS-2-ndpi.ome.tif",
                "tcga-cr-7395-01a-01-ts1.svs",
                "pathml_small_dicom_TCGA-XK-AAJU-01A-01-TS1.dcm"
            })
    void realSamplesAreInFocusWithTissueAndOutlinesThatFillBackToTheMask(String name) throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.sample("wsi/" + name))) {
            double slideMpp =
                    slide.pixelSize().isPresent() ? slide.pixelSize().get().mpp() : 0.25;
            SlideQuality quality = new QualityControl(QcSettings.defaults()).assess(slide, slideMpp);
            QualityReport report = quality.report();
            assertThat(report.tissueAreaMm2()).isPositive();
            assertThat(report.focusTilesChecked())
                    .isBetween(1, FocusSettings.defaults().maxTiles());
            assertThat(report.focusTilesOutOfFocus()).isZero();
            assertThat(report.stains()).hasSize(2);
            assertThat(report.tissueRegions()).isEqualTo(quality.outlines().size());
            double downsample = quality.mask().downsample();
            boolean[] filled = new PolygonRaster(
                            quality.mask().width(), quality.mask().height())
                    .fill(quality.outlines().stream()
                            .map(p -> p.scaled(1 / downsample))
                            .toList());
            assertThat(filled).isEqualTo(quality.mask().raster());
        }
    }
}
