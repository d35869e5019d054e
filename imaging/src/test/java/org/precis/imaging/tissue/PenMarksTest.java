package org.precis.imaging.tissue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precis.imaging.SampleData;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

class PenMarksTest {

    private static final int[] TISSUE = {200, 90, 160};
    private static final int[] BLUE_INK = {30, 60, 200};
    private static final int[] GREEN_INK = {40, 160, 90};
    private static final int[] BLACK_INK = {25, 25, 30};

    /** White, a pink disc of tissue, and three straight strokes of ink, 8 px wide, two across the tissue. */
    static final class Drawing {
        final int width = 400;
        final int height = 300;
        final byte[] rgb = RgbImage.filled(width, height, 255, 255, 255).rgb();
        final int[] inkOf = new int[width * height];

        Drawing() {
            java.util.Arrays.fill(inkOf, -1);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if ((x - 180) * (x - 180) + (y - 150) * (y - 150) <= 100 * 100) {
                        paint(x, y, TISSUE, -1);
                    }
                }
            }
            stroke(20, 60, 380, 90, BLUE_INK, PenInk.BLUE);
            stroke(40, 280, 360, 200, GREEN_INK, PenInk.GREEN);
            stroke(320, 10, 330, 290, BLACK_INK, PenInk.BLACK);
        }

        private void stroke(int x0, int y0, int x1, int y1, int[] colour, PenInk ink) {
            double length = Math.hypot(x1 - x0, y1 - y0);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double t = ((x - x0) * (double) (x1 - x0) + (y - y0) * (double) (y1 - y0)) / (length * length);
                    double distance = Math.abs((x - x0) * (double) (y1 - y0) - (y - y0) * (double) (x1 - x0)) / length;
                    if (t >= 0 && t <= 1 && distance <= 4) {
                        paint(x, y, colour, ink.ordinal());
                    }
                }
            }
        }

        private void paint(int x, int y, int[] colour, int ink) {
            int i = 3 * (y * width + x);
            rgb[i] = (byte) colour[0];
            rgb[i + 1] = (byte) colour[1];
            rgb[i + 2] = (byte) colour[2];
            inkOf[y * width + x] = ink;
        }

        RgbImage image() {
            return new RgbImage(width, height, rgb);
        }

        long count(PenInk ink) {
            return java.util.Arrays.stream(inkOf)
                    .filter(i -> i == ink.ordinal())
                    .count();
        }
    }

    @Test
    void findsEveryDrawnStrokeByItsColourAndNothingElse() {
        Drawing drawing = new Drawing();
        PenMarks marks = PenMarks.find(drawing.image(), PenMarkRules.defaults());
        for (PenInk ink : PenInk.values()) {
            assertThat(marks.pixels(ink)).as(ink.name()).isPositive().isEqualTo(drawing.count(ink));
        }
        for (int y = 0; y < drawing.height; y++) {
            for (int x = 0; x < drawing.width; x++) {
                assertThat(marks.isInk(x, y)).isEqualTo(drawing.inkOf[y * drawing.width + x] >= 0);
            }
        }
    }

    @Test
    void theTissueMaskLeavesOutInkEvenWhereItCrossesTissue() {
        Drawing drawing = new Drawing();
        TissueMask mask = new TissueDetector(TissueDetection.defaults()).detect(drawing.image(), 8.0, 0.5);
        int tissueAwayFromInk = 0;
        for (int y = 0; y < drawing.height; y++) {
            for (int x = 0; x < drawing.width; x++) {
                if (drawing.inkOf[y * drawing.width + x] >= 0) {
                    assertThat(mask.isTissue(x, y)).as("ink at (%d, %d)", x, y).isFalse();
                } else if ((x - 180) * (x - 180) + (y - 150) * (y - 150) <= 95 * 95 && farFromInk(drawing, x, y)) {
                    assertThat(mask.isTissue(x, y))
                            .as("tissue at (%d, %d)", x, y)
                            .isTrue();
                    tissueAwayFromInk++;
                }
            }
        }
        assertThat(tissueAwayFromInk).isGreaterThan(20_000);
        // without the pen rules the green and blue strokes are saturated enough to count as tissue
        PenMarkRules never = new PenMarkRules(0, 0, 1, 0, 0, 1, 1, 0, 0);
        TissueMask naive = new TissueDetector(TissueDetection.defaults(), never).detect(drawing.image(), 8.0, 0.5);
        assertThat(naive.tissuePixels()).isGreaterThan(mask.tissuePixels() + drawing.count(PenInk.GREEN) / 2);
    }

    private static boolean farFromInk(Drawing drawing, int x, int y) {
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0
                        && nx < drawing.width
                        && ny >= 0
                        && ny < drawing.height
                        && drawing.inkOf[ny * drawing.width + nx] >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void pureBlackPaddingIsNotInk() {
        PenMarks marks = PenMarks.find(RgbImage.filled(10, 10, 0, 0, 0), PenMarkRules.defaults());
        assertThat(marks.inkPixels()).isZero();
    }

    /** Real slides without ink: pen marks stay a small share of the tissue, no flood. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "CMU-1-Small-Region.svs",
                "CMU-1-Small-Region_pyramid_jpeg.tif",
                "CMU-1-Small-Region_pyramid_jpeg_subifd.tif",
                "OS-1-detail.ome.tif",
                "OS-2-ndpi.ome.tif",
                "tcga-cr-7395-01a-01-ts1.svs"
            })
    void realSlidesWithoutInkShowAlmostNone(String name) throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.sample("wsi/" + name))) {
            double slideMpp =
                    slide.pixelSize().isPresent() ? slide.pixelSize().get().mpp() : 0.25;
            LowResolutionView view = LowResolutionView.read(slide, slideMpp, 8.0);
            PenMarks marks = PenMarks.find(view.image(), PenMarkRules.defaults());
            TissueMask mask =
                    new TissueDetector(TissueDetection.defaults()).detect(view.image(), view.mpp(), slideMpp, marks);
            assertThat(mask.tissuePixels()).isPositive();
            assertThat((double) marks.inkPixels()).as(name).isLessThan(0.05 * mask.tissuePixels());
        }
    }

    @Test
    void theDicomSampleWithGreenAndBlueInkHasBoth() throws Exception {
        Path file = SampleData.sample("wsi/pathml_small_dicom_TCGA-XK-AAJU-01A-01-TS1.dcm");
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            double slideMpp = slide.pixelSize().orElseThrow().mpp();
            LowResolutionView view = LowResolutionView.read(slide, slideMpp, 8.0);
            PenMarks marks = PenMarks.find(view.image(), PenMarkRules.defaults());
            double pixelMm2 = view.mpp() * view.mpp() / 1e6;
            // the thumbnail shows broad green strokes and blue dots over about a tenth of the slide
            assertThat(marks.pixels(PenInk.GREEN) * pixelMm2).isGreaterThan(3.0);
            assertThat(marks.pixels(PenInk.BLUE) * pixelMm2).isGreaterThan(1.0);
            double slideMm2 = view.image().width() * (double) view.image().height() * pixelMm2;
            assertThat(marks.inkPixels() * pixelMm2).isLessThan(0.2 * slideMm2);
        }
    }
}
