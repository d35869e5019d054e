package org.precis.slide.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/** Slides the test writes itself, with pixels that are a formula of their position. */
class DicomWsiWrittenSlidesTest {

    private static final String SERIES = "1.2.826.0.1.3680043.10.1234.1";
    private static Slides slides;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        slides = Slides.withDefaults();
    }

    @AfterAll
    static void close() {
        slides.close();
    }

    /** One instance; {@code tiles} null for TILED_FULL, else the sparse tiles in file order. */
    private static byte[] instance(
            WsiWriter.Syntax syntax,
            String series,
            String sop,
            String flavour,
            int width,
            int height,
            int tile,
            int seed,
            List<long[]> tiles) {
        boolean sparse = tiles != null;
        List<long[]> order = new ArrayList<>();
        if (sparse) {
            order.addAll(tiles);
        } else {
            for (long row = 0; row * tile < height; row++) {
                for (long column = 0; column * tile < width; column++) {
                    order.add(new long[] {column, row});
                }
            }
        }
        double factor = 400.0 / width; // every slide written here is 400 pixels wide at full resolution
        WsiWriter w = new WsiWriter(syntax);
        w.text(DicomTag.IMAGE_TYPE, "CS", "DERIVED\\PRIMARY\\" + flavour + "\\NONE");
        w.text(DicomTag.SOP_CLASS_UID, "UI", WsiInstance.WSM_SOP_CLASS);
        w.text(DicomTag.SOP_INSTANCE_UID, "UI", sop);
        w.text(DicomTag.MANUFACTURER, "LO", "Precis Test Scanner");
        w.text(DicomTag.SERIES_INSTANCE_UID, "UI", series);
        w.text(DicomTag.DIMENSION_ORGANIZATION_TYPE, "CS", sparse ? "TILED_SPARSE" : "TILED_FULL");
        w.us(DicomTag.SAMPLES_PER_PIXEL, 3);
        w.text(DicomTag.PHOTOMETRIC_INTERPRETATION, "CS", "RGB");
        w.us(DicomTag.PLANAR_CONFIGURATION, 0);
        w.text(DicomTag.NUMBER_OF_FRAMES, "IS", Integer.toString(order.size()));
        w.us(DicomTag.ROWS, tile);
        w.us(DicomTag.COLUMNS, tile);
        w.us(DicomTag.BITS_ALLOCATED, 8);
        w.ul(DicomTag.TOTAL_PIXEL_MATRIX_COLUMNS, width);
        w.ul(DicomTag.TOTAL_PIXEL_MATRIX_ROWS, height);
        w.sequence(DicomTag.OPTICAL_PATH_SEQUENCE, List.of(w.item().text(DicomTag.OBJECTIVE_LENS_POWER, "DS", "40")));
        // row spacing (y) first: 0.25 µm, then column spacing (x): 0.5 µm at full resolution
        String spacing = 0.00025 * factor + "\\" + 0.0005 * factor;
        w.sequence(
                DicomTag.SHARED_FUNCTIONAL_GROUPS_SEQUENCE,
                List.of(w.item()
                        .sequence(
                                DicomTag.PIXEL_MEASURES_SEQUENCE,
                                List.of(w.item().text(DicomTag.PIXEL_SPACING, "DS", spacing)))));
        if (sparse) {
            List<WsiWriter> perFrame = new ArrayList<>();
            for (long[] t : order) {
                perFrame.add(w.item()
                        .sequence(
                                DicomTag.PLANE_POSITION_SLIDE_SEQUENCE,
                                List.of(w.item()
                                        .sl(DicomTag.COLUMN_POSITION_IN_TOTAL_IMAGE_PIXEL_MATRIX, (int)
                                                (t[0] * tile + 1))
                                        .sl(DicomTag.ROW_POSITION_IN_TOTAL_IMAGE_PIXEL_MATRIX, (int)
                                                (t[1] * tile + 1)))));
            }
            w.sequence(DicomTag.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE, perFrame);
        }
        return w.file(sop, WsiWriter.frames(seed, tile, tile, order));
    }

    private static void assertFormula(RgbImage image, int seed, long x0, long y0) {
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int[] expected = WsiWriter.colour(seed, x0 + x, y0 + y);
                int packed = expected[0] << 16 | expected[1] << 8 | expected[2];
                assertThat(image.rgbAt(x, y))
                        .as("pixel (%d, %d)", x0 + x, y0 + y)
                        .isEqualTo(packed);
            }
        }
    }

    @Test
    void readsImplicitVrNativeFramesExactly() throws IOException, SlideException {
        Path file = SampleBytes.write(
                temp,
                "a.dcm",
                instance(WsiWriter.Syntax.IMPLICIT, SERIES, SERIES + ".1", "VOLUME", 300, 200, 128, 1, null));
        try (Slide slide = slides.open(file)) {
            assertThat(slide.levels()).hasSize(1);
            assertThat(slide.levels().get(0).width()).isEqualTo(300);
            assertThat(slide.levels().get(0).tileWidth()).isEqualTo(128);
            assertFormula(slide.readRegion(RegionRequest.atLevel(0, 0, 0, 300, 200)), 1, 0, 0);
            RgbImage past = slide.readRegion(RegionRequest.atLevel(0, 290, 190, 20, 20));
            assertThat(past.rgbAt(15, 15)).isEqualTo(0xFFFFFF);
            // written as a level of a 400-pixel-wide slide: spacing scaled by 400 / 300
            assertThat(slide.pixelSize().orElseThrow().mppX()).isCloseTo(0.5 * 400 / 300, offset(1e-9));
            assertThat(slide.pixelSize().orElseThrow().mppY()).isCloseTo(0.25 * 400 / 300, offset(1e-9));
            assertThat(slide.objectivePower()).hasValue(40.0);
            assertThat(slide.vendor()).contains("Precis Test Scanner");
        }
    }

    @Test
    void readsExplicitVrNativeFramesExactly() throws IOException, SlideException {
        Path file = SampleBytes.write(
                temp,
                "a.dcm",
                instance(WsiWriter.Syntax.EXPLICIT, SERIES, SERIES + ".1", "VOLUME", 257, 130, 64, 2, null));
        try (Slide slide = slides.open(file)) {
            assertFormula(slide.readRegion(RegionRequest.atLevel(0, 0, 0, 257, 130)), 2, 0, 0);
            assertThat(slide.properties())
                    .containsEntry("dicom.TransferSyntaxUID", "1.2.840.10008.1.2.1")
                    .containsEntry("dicom.DimensionOrganizationType", "TILED_FULL");
        }
    }

    @Test
    void placesSparseFramesByPlanePositionAndLeavesGapsWhite() throws IOException, SlideException {
        List<long[]> tiles = List.of(new long[] {2, 1}, new long[] {0, 0}, new long[] {1, 1}, new long[] {2, 0});
        Path file = SampleBytes.write(
                temp,
                "a.dcm",
                instance(WsiWriter.Syntax.EXPLICIT, SERIES, SERIES + ".1", "VOLUME", 300, 200, 100, 3, tiles));
        try (Slide slide = slides.open(file)) {
            for (long[] t : tiles) {
                assertFormula(
                        slide.readRegion(RegionRequest.atLevel(0, t[0] * 100, t[1] * 100, 100, 100)),
                        3,
                        t[0] * 100,
                        t[1] * 100);
            }
            RgbImage gap = slide.readRegion(RegionRequest.atLevel(0, 100, 0, 100, 100));
            assertThat(gap).isEqualTo(RgbImage.filled(100, 100, 255, 255, 255));
        }
    }

    @Test
    void gathersTheSeriesLevelsAndLabelFromTheFolder() throws IOException, SlideException {
        Files.write(
                temp.resolve("level0.dcm"),
                instance(WsiWriter.Syntax.EXPLICIT, SERIES, SERIES + ".10", "VOLUME", 400, 300, 128, 4, null));
        Path opened = Files.write(
                temp.resolve("level1.dcm"),
                instance(WsiWriter.Syntax.EXPLICIT, SERIES, SERIES + ".11", "VOLUME", 200, 150, 128, 5, null));
        Files.write(
                temp.resolve("label.dcm"),
                instance(WsiWriter.Syntax.IMPLICIT, SERIES, SERIES + ".12", "LABEL", 60, 40, 60, 6, null));
        Files.write(
                temp.resolve("other-series.dcm"),
                instance(WsiWriter.Syntax.EXPLICIT, SERIES + "9", SERIES + "9.1", "VOLUME", 800, 600, 128, 7, null));
        Files.writeString(temp.resolve("notes.dcm"), "not DICOM at all", StandardCharsets.US_ASCII);
        byte[] garbage = new byte[300];
        garbage[128] = 'D';
        garbage[129] = 'I';
        garbage[130] = 'C';
        garbage[131] = 'M';
        Files.write(temp.resolve("broken.dcm"), garbage);
        try (Slide slide = slides.open(opened)) {
            assertThat(slide.path()).isEqualTo(opened);
            assertThat(slide.levels()).extracting(l -> l.width()).containsExactly(400L, 200L);
            assertThat(slide.levels().get(1).downsample()).isCloseTo(2.0, offset(1e-9));
            assertThat(slide.associatedImageNames()).containsExactly("label");
            assertFormula(slide.associatedImage("label"), 6, 0, 0);
            assertFormula(slide.readRegion(RegionRequest.atLevel(0, 100, 100, 200, 150)), 4, 100, 100);
            assertFormula(slide.readRegion(RegionRequest.atLevel(1, 100, 100, 80, 40)), 5, 50, 50);
            assertThat(slide.pixelSize().orElseThrow().mppX()).isCloseTo(0.5, offset(1e-9));
            assertThat(slide.properties()).containsEntry("dicom.Instances", "3");
        }
    }

    @Test
    void folderScanIgnoresUnrelatedFilesBesideTheSample() throws IOException, SlideException {
        SampleBytes sample = SampleBytes.read();
        Path opened = Files.write(temp.resolve("sample.dcm"), sample.bytes);
        // the same image in another series: one digit of the Series Instance UID changed
        byte[] otherSeries = sample.copy();
        int series = sample.indexOf(new byte[] {0x20, 0x00, 0x0E, 0x00, 'U', 'I'}, sample.datasetStart());
        otherSeries[series + 8 + 3] = (byte) (otherSeries[series + 8 + 3] == '9' ? '8' : '9');
        Files.write(temp.resolve("other.dcm"), otherSeries);
        Files.write(temp.resolve("truncated.dcm"), sample.truncated(900));
        Files.writeString(temp.resolve("readme.dcm"), "text", StandardCharsets.US_ASCII);
        Files.write(temp.resolve("copy.txt"), sample.bytes);
        try (Slide slide = slides.open(opened)) {
            assertThat(slide.levels()).hasSize(1);
            assertThat(slide.associatedImageNames()).isEmpty();
            assertThat(slide.properties()).containsEntry("dicom.Instances", "1");
            assertThat(slide.readRegion(RegionRequest.atLevel(0, 450, 450, 100, 100))
                            .width())
                    .isEqualTo(100);
        }
    }
}
