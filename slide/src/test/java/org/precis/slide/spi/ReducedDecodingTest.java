package org.precis.slide.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.RgbImage;
import org.precis.slide.SampleData;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

/**
 * Reads that shrink a level by 2 or more decode its tiles smaller (JPEG's scaled inverse DCT,
 * JPEG 2000's lower wavelet resolutions) instead of decoding them whole and averaging them down.
 * The two are not bit-identical: both make each output pixel a local mean of the same level
 * pixels, with different weights (the DCT's or the wavelet's low-pass against a box), so they can
 * differ by as much as the image varies within about one output pixel. The tolerance is that
 * variation, measured on the region itself: the mean difference between the two reads must be
 * below the mean difference between neighbouring pixels of the averaged read, which a read off
 * by a whole output pixel would reach.
 */
class ReducedDecodingTest {

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

    @ParameterizedTest(name = "{0} at downsample {1} (level {2}, 1/{3})")
    @CsvSource({
        "CMU-1-Small-Region.svs, 2, 0, 2",
        "CMU-1-Small-Region.svs, 3, 0, 2",
        "CMU-1-Small-Region.svs, 4, 0, 4",
        "CMU-1-Small-Region.svs, 8, 0, 8",
        "tcga-cr-7395-01a-01-ts1.svs, 4, 1, 2",
        "tcga-cr-7395-01a-01-ts1.svs, 8, 1, 4",
        "pathml_small_dicom_TCGA-XK-AAJU-01A-01-TS1.dcm, 2, 0, 2",
        "pathml_small_dicom_TCGA-XK-AAJU-01A-01-TS1.dcm, 4, 0, 4",
    })
    void aReducedDecodeIsCloseToTheFullDecodeAveragedDown(String file, double downsample, int level, int factor)
            throws Exception {
        try (Slide slide = slides.open(SampleData.slide(file))) {
            TiledSlide tiled = (TiledSlide) slide;
            LevelTiles grid = tiled.levelTiles(level);
            assertThat(grid.maxReduction())
                    .as("reductions the codec offers")
                    .isGreaterThanOrEqualTo(Integer.numberOfTrailingZeros(factor));
            int side = (int) Math.min(
                    SIDE,
                    Math.min(
                                    slide.levels().get(0).width(),
                                    slide.levels().get(0).height())
                            / downsample);
            for (long[] corner : List.of(new long[] {0, 0}, new long[] {500, 700}, new long[] {1100, 900})) {
                RgbImage reduced = slide.readRegion(
                        new RegionRequest(corner[0], corner[1], side, side, Resolution.downsample(downsample)));
                RgbImage full = averagedFromFullDecode(tiled, level, corner[0], corner[1], downsample, side);
                double difference = meanDifference(reduced, full);
                assertThat(difference)
                        .as("mean difference at (%d, %d)", corner[0], corner[1])
                        .isLessThanOrEqualTo(meanNeighbourDifference(full));
                // Not bit-identical: had the read fallen back to decoding whole tiles, it would be.
                assertThat(difference).as("the read took the reduced decode").isGreaterThan(0);
            }
        }
    }

    /** The tiles decoded whole, then resampled (area averaging) as before reduced decoding. */
    private static RgbImage averagedFromFullDecode(
            TiledSlide slide, int level, long x, long y, double downsample, int side) throws Exception {
        double levelDownsample = slide.levels().get(level).downsample();
        double scale = downsample / levelDownsample;
        return new Resampler(x / levelDownsample, y / levelDownsample, scale, scale, side, side)
                .resample((sx, sy, w, h) -> slide.readLevel(level, sx, sy, w, h));
    }

    private static double meanDifference(RgbImage a, RgbImage b) {
        long sum = 0;
        for (int i = 0; i < a.rgb().length; i++) {
            sum += Math.abs((a.rgb()[i] & 0xff) - (b.rgb()[i] & 0xff));
        }
        return sum / (double) a.rgb().length;
    }

    private static double meanNeighbourDifference(RgbImage image) {
        long sum = 0;
        long count = 0;
        int width = image.width();
        byte[] rgb = image.rgb();
        for (int j = 0; j + 1 < image.height(); j++) {
            for (int i = 0; i + 1 < width; i++) {
                for (int c = 0; c < 3; c++) {
                    int here = rgb[3 * (j * width + i) + c] & 0xff;
                    sum += Math.abs((rgb[3 * (j * width + i + 1) + c] & 0xff) - here)
                            + Math.abs((rgb[3 * ((j + 1) * width + i) + c] & 0xff) - here);
                    count++;
                }
            }
        }
        return sum / (double) count;
    }
}
