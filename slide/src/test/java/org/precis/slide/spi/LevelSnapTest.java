package org.precis.slide.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.RgbImage;
import org.precis.slide.SampleData;
import org.precis.slide.Slide;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;

/**
 * A read within {@link TiledSlide#SNAP_TOLERANCE} of a level's scale is that level's pixels as
 * stored, its corner where it was asked for, and it differs from the resampled read only as far
 * as the resampling moves a pixel: each resampled pixel is a weighted mean of level pixels at
 * most one pixel from the snapped one (the drift {@code i * (scale - 1)} plus the corner's
 * rounding stays under one pixel across a 224 px tile), so it lies within the range of the
 * snapped pixel's 3x3 neighbourhood, give or take the resampler's rounding of 1, and on average
 * the two differ by less than neighbouring pixels do.
 */
class LevelSnapTest {

    private static final int SIDE = 224;
    private static Slides slides;

    @BeforeAll
    static void open() {
        slides = Slides.withDefaults();
    }

    @AfterAll
    static void close() {
        slides.close();
    }

    @Test
    void halfAMicronOnASlideScannedAt0499IsLevelZeroUnresampled() throws Exception {
        try (Slide slide = slides.open(SampleData.slide("CMU-1-Small-Region.svs"))) {
            TiledSlide tiled = (TiledSlide) slide;
            double downsample = 0.5 / slide.pixelSize().orElseThrow().mppX();
            assertThat(downsample - 1).isGreaterThan(0.001).isLessThan(TiledSlide.SNAP_TOLERANCE);
            for (long[] corner : List.of(
                    new long[] {0, 0}, new long[] {449, 898}, new long[] {1795, 2000}, new long[] {2100, 2800})) {
                RgbImage snapped = slide.readRegion(RegionRequest.atMpp(0.5, corner[0], corner[1], SIDE, SIDE));
                assertThat(snapped).isEqualTo(tiled.readLevel(0, corner[0], corner[1], SIDE, SIDE));
                assertWithinOnePixelOfResampled(tiled, 0, snapped, corner[0], corner[1], downsample);
            }
        }
    }

    @Test
    void downsampleTwoOnAPyramidOf20005IsLevelOneUnresampled() throws Exception {
        try (Slide slide = slides.open(SampleData.slide("tcga-cr-7395-01a-01-ts1.svs"))) {
            TiledSlide tiled = (TiledSlide) slide;
            SlideLevel level = slide.levels().get(1);
            assertThat(level.downsample()).isNotEqualTo(2.0);
            for (long[] corner : List.of(
                    new long[] {0, 0}, new long[] {448, 896}, new long[] {1345, 2241}, new long[] {3584, 2688})) {
                RgbImage snapped =
                        slide.readRegion(new RegionRequest(corner[0], corner[1], SIDE, SIDE, Resolution.downsample(2)));
                long levelX = Math.round(corner[0] / level.downsample());
                long levelY = Math.round(corner[1] / level.downsample());
                assertThat(snapped).isEqualTo(tiled.readLevel(1, levelX, levelY, SIDE, SIDE));
                assertWithinOnePixelOfResampled(tiled, 1, snapped, corner[0], corner[1], 2.0);
            }
        }
    }

    @Test
    void aScaleBeyondTheToleranceIsStillResampled() throws Exception {
        try (Slide slide = slides.open(SampleData.slide("CMU-1-Small-Region.svs"))) {
            TiledSlide tiled = (TiledSlide) slide;
            double downsample = 1 + 2 * TiledSlide.SNAP_TOLERANCE;
            RgbImage read =
                    slide.readRegion(new RegionRequest(449, 898, SIDE, SIDE, Resolution.downsample(downsample)));
            assertThat(read).isNotEqualTo(tiled.readLevel(0, 449, 898, SIDE, SIDE));
            assertThat(read).isEqualTo(resampled(tiled, 0, 449, 898, downsample));
        }
    }

    /** The region as the resampler makes it from the level, without the snap. */
    private static RgbImage resampled(TiledSlide slide, int levelIndex, long x, long y, double downsample)
            throws Exception {
        double levelDownsample = slide.levels().get(levelIndex).downsample();
        double scale = downsample / levelDownsample;
        return new Resampler(x / levelDownsample, y / levelDownsample, scale, scale, SIDE, SIDE)
                .resample((sx, sy, w, h) -> slide.readLevel(levelIndex, sx, sy, w, h));
    }

    private static void assertWithinOnePixelOfResampled(
            TiledSlide slide, int levelIndex, RgbImage snapped, long x, long y, double downsample) throws Exception {
        RgbImage reference = resampled(slide, levelIndex, x, y, downsample);
        long sumDifference = 0;
        for (int j = 0; j < SIDE; j++) {
            for (int i = 0; i < SIDE; i++) {
                for (int channel = 0; channel < 3; channel++) {
                    int low = 255;
                    int high = 0;
                    for (int dj = -1; dj <= 1; dj++) {
                        for (int di = -1; di <= 1; di++) {
                            int v = sample(snapped, slide, levelIndex, x, y, i + di, j + dj, channel);
                            low = Math.min(low, v);
                            high = Math.max(high, v);
                        }
                    }
                    int value = reference.rgb()[3 * (j * SIDE + i) + channel] & 0xff;
                    assertThat(value)
                            .as("pixel (%d, %d) channel %d at (%d, %d)", i, j, channel, x, y)
                            .isBetween(low - 1, high + 1);
                    sumDifference += Math.abs(value - (snapped.rgb()[3 * (j * SIDE + i) + channel] & 0xff));
                }
            }
        }
        // A shift under a pixel each way changes a pixel, on average, by less than the image's own
        // change from one pixel to the next across and down.
        long sumGradient = 0;
        for (int j = 0; j + 1 < SIDE; j++) {
            for (int i = 0; i + 1 < SIDE; i++) {
                for (int channel = 0; channel < 3; channel++) {
                    int here = snapped.rgb()[3 * (j * SIDE + i) + channel] & 0xff;
                    sumGradient += Math.abs((snapped.rgb()[3 * (j * SIDE + i + 1) + channel] & 0xff) - here)
                            + Math.abs((snapped.rgb()[3 * ((j + 1) * SIDE + i) + channel] & 0xff) - here);
                }
            }
        }
        assertThat(sumDifference / (3.0 * SIDE * SIDE))
                .as("mean difference at (%d, %d)", x, y)
                .isLessThanOrEqualTo(sumGradient / (3.0 * (SIDE - 1) * (SIDE - 1)));
    }

    /** A snapped pixel, or its level neighbour just outside the snapped region. */
    private static int sample(
            RgbImage snapped, TiledSlide slide, int levelIndex, long x, long y, int i, int j, int channel)
            throws Exception {
        if (i >= 0 && j >= 0 && i < SIDE && j < SIDE) {
            return snapped.rgb()[3 * (j * SIDE + i) + channel] & 0xff;
        }
        double levelDownsample = slide.levels().get(levelIndex).downsample();
        RgbImage one = slide.readLevel(
                levelIndex, Math.round(x / levelDownsample) + i, Math.round(y / levelDownsample) + j, 1, 1);
        return one.rgb()[channel] & 0xff;
    }
}
