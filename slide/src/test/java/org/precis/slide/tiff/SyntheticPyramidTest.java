package org.precis.slide.tiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precis.slide.ImageComparison;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

/**
 * Pyramids libvips wrote in every lossless layout (src/test/fixtures/tiff/make_synthetic.sh):
 * level 0 must decode to the formula the image was made from, exactly, and lower levels exactly
 * as libvips decodes them.
 */
class SyntheticPyramidTest {

    private static final int WIDTH = 300;
    private static final int HEIGHT = 200;
    private static Slides slides;

    @BeforeAll
    static void openSlides() {
        slides = Slides.withDefaults();
    }

    @AfterAll
    static void closeSlides() {
        slides.close();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(
                SyntheticPyramidTest.class.getResource("/synthetic/" + name).toURI());
    }

    static RgbImage formula(long x0, long y0, int width, int height) {
        byte[] rgb = new byte[3 * width * height];
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                long x = x0 + i;
                long y = y0 + j;
                int o = 3 * (j * width + i);
                rgb[o] = (byte) (x + 2 * y);
                rgb[o + 1] = (byte) (x * y);
                rgb[o + 2] = (byte) (3 * x + 5 * y + 17);
            }
        }
        return new RgbImage(width, height, rgb);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "deflate_predictor.tif",
                "lzw_predictor.tif",
                "lzw.tif",
                "packbits.tif",
                "none_bigtiff.tif",
                "deflate_subifd.tif",
                "stripped_lzw.tif",
                "stripped_none.tif",
                "rgba_lzw.tif"
            })
    void levelZeroDecodesToTheFormulaExactly(String name) throws Exception {
        try (Slide slide = slides.open(fixture(name))) {
            assertThat(slide.format()).isEqualTo("generic-tiff");
            assertThat(slide.levels().get(0).width()).isEqualTo(WIDTH);
            assertThat(slide.levels().get(0).height()).isEqualTo(HEIGHT);
            assertThat(slide.readRegion(RegionRequest.atLevel(0, 0, 0, WIDTH, HEIGHT)))
                    .isEqualTo(formula(0, 0, WIDTH, HEIGHT));
            assertThat(slide.readRegion(RegionRequest.atLevel(0, 37, 61, 100, 90)))
                    .isEqualTo(formula(37, 61, 100, 90));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "deflate_predictor.tif",
                "lzw_predictor.tif",
                "lzw.tif",
                "packbits.tif",
                "none_bigtiff.tif",
                "deflate_subifd.tif"
            })
    void lowerLevelsDecodeExactlyAsLibvipsDecodesThem(String name) throws Exception {
        try (Slide slide = slides.open(fixture(name))) {
            assertThat(slide.levels()).hasSize(4);
            for (int level = 1; level < 4; level++) {
                RgbImage expected = ImageComparison.resource("/synthetic/level" + level + ".png");
                assertThat(slide.levels().get(level).width()).isEqualTo(expected.width());
                assertThat(slide.levels().get(level).height()).isEqualTo(expected.height());
                RgbImage actual =
                        slide.readRegion(RegionRequest.atLevel(level, 0, 0, expected.width(), expected.height()));
                assertThat(actual).as("level %d of %s", level, name).isEqualTo(expected);
            }
        }
    }

    @Test
    void aperioJpeg2000WithYCbCrComponentsIsConvertedLikeJfif() throws Exception {
        // Lossless codestreams of exact YCbCr planes (make_jpeg2000.sh): only the conversion is
        // left to differ, and it must not.
        try (Slide slide = slides.open(fixture("aperio_jpeg2000_ycbcr.svs"))) {
            assertThat(slide.format()).isEqualTo("aperio-svs");
            assertThat(slide.readRegion(RegionRequest.atLevel(0, 0, 0, 128, 96)))
                    .isEqualTo(ImageComparison.resource("/synthetic/jpeg2000_ycbcr_expected.png"));
        }
    }

    @Test
    void aperioJpeg2000WithRgbComponentsDecodesToTheFormulaExactly() throws Exception {
        try (Slide slide = slides.open(fixture("aperio_jpeg2000_rgb.svs"))) {
            assertThat(slide.readRegion(RegionRequest.atLevel(0, 0, 0, 128, 96)))
                    .isEqualTo(formula(0, 0, 128, 96));
            assertThat(slide.pixelSize()).contains(new org.precis.slide.PixelSize(0.25, 0.25));
            assertThat(slide.objectivePower()).hasValue(40.0);
        }
    }

    @Test
    void greyImagesBecomeRgbWithEqualChannels() throws Exception {
        try (Slide slide = slides.open(fixture("grey_deflate.tif"))) {
            RgbImage region = slide.readRegion(RegionRequest.atLevel(0, 10, 20, 50, 40));
            RgbImage expected = formula(10, 20, 50, 40);
            for (int i = 0; i < region.rgb().length; i += 3) {
                assertThat(region.rgb()[i]).isEqualTo(expected.rgb()[i - i % 3]);
                assertThat(region.rgb()[i + 1]).isEqualTo(region.rgb()[i]);
                assertThat(region.rgb()[i + 2]).isEqualTo(region.rgb()[i]);
            }
        }
    }

    @Test
    void regionsBeyondTheEdgeAreWhite() throws Exception {
        try (Slide slide = slides.open(fixture("deflate_predictor.tif"))) {
            RgbImage region = slide.readRegion(RegionRequest.atLevel(0, WIDTH - 10, HEIGHT - 5, 20, 10));
            assertThat(region.rgbAt(15, 2)).isEqualTo(0xFFFFFF);
            assertThat(region.rgbAt(5, 7)).isEqualTo(0xFFFFFF);
            assertThat(region.rgbAt(5, 2))
                    .isEqualTo(formula(WIDTH - 5, HEIGHT - 3, 1, 1).rgbAt(0, 0));
            RgbImage outside = slide.readRegion(RegionRequest.atLevel(0, -50, -50, 10, 10));
            assertThat(outside).isEqualTo(RgbImage.filled(10, 10, 255, 255, 255));
        }
    }
}
