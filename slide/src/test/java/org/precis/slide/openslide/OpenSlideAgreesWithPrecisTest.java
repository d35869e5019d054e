package org.precis.slide.openslide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precis.slide.ImageComparison;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.SampleData;
import org.precis.slide.Slide;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;

/** The OpenSlide backend and Precis's own readers see the same slide in the TIFF-family samples. */
class OpenSlideAgreesWithPrecisTest {

    private static Slides slides;

    @BeforeAll
    static void openSlides() {
        slides = Slides.withDefaults();
    }

    @AfterAll
    static void closeSlides() {
        slides.close();
    }

    @BeforeEach
    void needsOpenSlide() {
        OpenSlideInstalled.require();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"CMU-1-Small-Region.svs", "CMU-1-Small-Region_pyramid_jpeg.tif", "tcga-cr-7395-01a-01-ts1.svs"})
    void readsTheSameLevelsPixelSizeAndPixelsAsPrecis(String sample) throws Exception {
        try (Slide openslide = slides.open(SampleData.slide(sample), "openslide");
                Slide precis = slides.open(SampleData.slide(sample))) {
            assertThat(openslide.backend()).isEqualTo("openslide");
            assertThat(precis.backend()).isEqualTo("precis");
            assertThat(openslide.levels()).hasSameSizeAs(precis.levels());
            for (int i = 0; i < precis.levels().size(); i++) {
                SlideLevel mine = openslide.levels().get(i);
                SlideLevel theirs = precis.levels().get(i);
                assertThat(mine.width()).as("level %d width", i).isEqualTo(theirs.width());
                assertThat(mine.height()).as("level %d height", i).isEqualTo(theirs.height());
                assertThat(mine.downsample())
                        .as("level %d downsample", i)
                        .isCloseTo(theirs.downsample(), within(1e-12));
            }
            assertThat(openslide.pixelSize()).isEqualTo(precis.pixelSize());
            for (SlideLevel level : precis.levels()) {
                for (RegionRequest crop : crops(level)) {
                    RgbImage mine = openslide.readRegion(crop);
                    RgbImage theirs = precis.readRegion(crop);
                    ImageComparison difference = ImageComparison.of(mine, theirs);
                    assertThat(difference.meanAbsoluteDifference())
                            .as("%s mean difference", crop)
                            .isLessThanOrEqualTo(1.0);
                    assertThat(difference.maxAbsoluteDifference())
                            .as("%s largest difference", crop)
                            .isLessThanOrEqualTo(8);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"CMU-1-Small-Region.svs", "CMU-1-Small-Region_pyramid_jpeg.tif", "tcga-cr-7395-01a-01-ts1.svs"})
    void levelDownsamplesAreOpenSlidesOwn(String sample) throws Exception {
        try (Slide openslide = slides.open(SampleData.slide(sample), "openslide")) {
            for (SlideLevel level : openslide.levels()) {
                double reported = Double.parseDouble(
                        openslide.properties().get("openslide.level[" + level.index() + "].downsample"));
                assertThat(level.downsample()).as("level %d", level.index()).isCloseTo(reported, within(1e-12));
            }
        }
    }

    /**
     * A few crops across a level, each at a level pixel whose level-0 corner divides by the
     * downsample to nearly a whole number: OpenSlide shifts a read by the fraction (Cairo
     * interpolates), while Precis rounds to the nearest level pixel, so only there do the two
     * promise the same pixels.
     */
    private static List<RegionRequest> crops(SlideLevel level) {
        List<RegionRequest> crops = new ArrayList<>();
        int width = (int) Math.min(300, level.width());
        int height = (int) Math.min(200, level.height());
        double[][] places = {{0, 0}, {0.3, 0.4}, {0.55, 0.2}, {1, 1}};
        for (double[] place : places) {
            long levelX =
                    aligned((long) (place[0] * (level.width() - width)), level.width() - width, level.downsample());
            long levelY =
                    aligned((long) (place[1] * (level.height() - height)), level.height() - height, level.downsample());
            crops.add(RegionRequest.atLevel(
                    level.index(),
                    Math.round(levelX * level.downsample()),
                    Math.round(levelY * level.downsample()),
                    width,
                    height));
        }
        return crops;
    }

    /**
     * The level coordinate in {@code [0, last]} nearest {@code target} whose level-0 position,
     * rounded, divides back to within 1/50 of a level pixel of it (0 always does).
     */
    private static long aligned(long target, long last, double downsample) {
        long best = 0;
        for (long candidate = 0; candidate <= last; candidate++) {
            double shift = Math.abs(Math.round(candidate * downsample) / downsample - candidate);
            if (shift < 0.02 && Math.abs(candidate - target) < Math.abs(best - target)) {
                best = candidate;
            }
        }
        return best;
    }
}
