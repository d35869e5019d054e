package org.precis.slide;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Region reads on pyramids whose pixels are a formula of their position
 * ({@code src/test/fixtures/tiff/make_synthetic.sh}): whatever the region, inside or across the
 * edge, at a level or at a scale between levels, it must hold exactly the expected pixels.
 */
class RegionPropertiesTest {

    private static final int WIDTH = 300;
    private static final int HEIGHT = 200;
    private static Slides slides;

    @BeforeContainer
    static void openSlides() {
        slides = Slides.withCache(1 << 20);
    }

    @AfterContainer
    static void closeSlides() {
        slides.close();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(
                RegionPropertiesTest.class.getResource("/synthetic/" + name).toURI());
    }

    /** The formula's colour, or white outside the image. */
    private static int expected(long x, long y) {
        if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT) {
            return 0xFFFFFF;
        }
        return (int) ((x + 2 * y) & 0xff) << 16 | (int) ((x * y) & 0xff) << 8 | (int) ((3 * x + 5 * y + 17) & 0xff);
    }

    @Property(tries = 300)
    void anyLevelZeroRegionHoldsTheFormulaAndWhiteOutside(
            @ForAll @IntRange(min = -120, max = 420) int x,
            @ForAll @IntRange(min = -120, max = 320) int y,
            @ForAll @IntRange(min = 1, max = 260) int width,
            @ForAll @IntRange(min = 1, max = 260) int height)
            throws Exception {
        try (Slide slide = slides.open(fixture("deflate_predictor.tif"))) {
            RgbImage region = slide.readRegion(RegionRequest.atLevel(0, x, y, width, height));
            for (int j = 0; j < height; j++) {
                for (int i = 0; i < width; i++) {
                    assertThat(region.rgbAt(i, j)).isEqualTo(expected(x + i, y + j));
                }
            }
        }
    }

    @Property(tries = 200)
    void halfScaleFromFullResolutionIsTheMeanOfEachTwoByTwoBlock(
            @ForAll @IntRange(min = 0, max = 140) int column,
            @ForAll @IntRange(min = 0, max = 90) int row,
            @ForAll @IntRange(min = 1, max = 60) int width,
            @ForAll @IntRange(min = 1, max = 60) int height)
            throws Exception {
        // One level only, so the half scale is resampled from level 0.
        try (Slide slide = slides.open(fixture("stripped_lzw.tif"))) {
            RgbImage region =
                    slide.readRegion(new RegionRequest(2L * column, 2L * row, width, height, Resolution.downsample(2)));
            for (int j = 0; j < height; j++) {
                for (int i = 0; i < width; i++) {
                    long x = 2L * (column + i);
                    long y = 2L * (row + j);
                    int[] sum = new int[3];
                    for (long[] p : new long[][] {{x, y}, {x + 1, y}, {x, y + 1}, {x + 1, y + 1}}) {
                        int rgb = expected(p[0], p[1]);
                        sum[0] += rgb >> 16 & 0xff;
                        sum[1] += rgb >> 8 & 0xff;
                        sum[2] += rgb & 0xff;
                    }
                    int mean = Math.round(sum[0] / 4f) << 16 | Math.round(sum[1] / 4f) << 8 | Math.round(sum[2] / 4f);
                    assertThat(region.rgbAt(i, j)).as("pixel (%d, %d)", i, j).isEqualTo(mean);
                }
            }
        }
    }

    @Property(tries = 100)
    void aRegionAtALevelIsThePartOfThatLevelItNames(
            @ForAll @IntRange(min = 1, max = 3) int level,
            @ForAll @IntRange(min = 0, max = 60) int levelX,
            @ForAll @IntRange(min = 0, max = 40) int levelY,
            @ForAll @IntRange(min = 1, max = 80) int width,
            @ForAll @IntRange(min = 1, max = 80) int height)
            throws Exception {
        try (Slide slide = slides.open(fixture("lzw_predictor.tif"))) {
            SlideLevel described = slide.levels().get(level);
            RgbImage whole = slide.readRegion(
                    RegionRequest.atLevel(level, 0, 0, (int) described.width(), (int) described.height()));
            long x = Math.round(levelX * described.downsample());
            long y = Math.round(levelY * described.downsample());
            RgbImage region = slide.readRegion(RegionRequest.atLevel(level, x, y, width, height));
            for (int j = 0; j < height; j++) {
                for (int i = 0; i < width; i++) {
                    int lx = levelX + i;
                    int ly = levelY + j;
                    int expected = lx < whole.width() && ly < whole.height() ? whole.rgbAt(lx, ly) : 0xFFFFFF;
                    assertThat(region.rgbAt(i, j)).isEqualTo(expected);
                }
            }
        }
    }

    @Property(tries = 50)
    void aPixelSizeReadIsTheDownsampleItImplies(
            @ForAll @IntRange(min = 0, max = 2000) int x,
            @ForAll @IntRange(min = 0, max = 2700) int y,
            @ForAll @IntRange(min = 100, max = 400) int hundredths)
            throws Exception {
        try (Slide slide = slides.open(SampleData.slide("CMU-1-Small-Region.svs"))) {
            double mpp = 0.499 * hundredths / 100.0;
            RgbImage byMpp = slide.readRegion(RegionRequest.atMpp(mpp, x, y, 40, 30));
            // the downsample it implies is mpp / the slide's mpp, which rounding can put an ulp away
            // from hundredths / 100 (and a resampling grid a pixel away): compare with that quotient
            double implied = mpp / slide.pixelSize().orElseThrow().mppX();
            assertThat(implied).isCloseTo(hundredths / 100.0, org.assertj.core.data.Offset.offset(1e-12));
            RgbImage byDownsample = slide.readRegion(new RegionRequest(x, y, 40, 30, Resolution.downsample(implied)));
            assertThat(byMpp).isEqualTo(byDownsample);
        }
    }
}
