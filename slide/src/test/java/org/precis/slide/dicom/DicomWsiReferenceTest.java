package org.precis.slide.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.precis.slide.PixelSize;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;

/** The reader against pydicom and Pillow (slide/src/test/fixtures/dicom/make_reference.py). */
class DicomWsiReferenceTest {

    private static final String REFERENCE = "/reference/dicom/pathml_small_dicom.json";

    private static Slides slides;
    private static JsonNode reference;

    @BeforeAll
    static void load() throws IOException {
        slides = Slides.withDefaults();
        try (InputStream in = DicomWsiReferenceTest.class.getResourceAsStream(REFERENCE)) {
            reference = new ObjectMapper().readTree(in);
        }
    }

    @AfterAll
    static void close() {
        slides.close();
    }

    private static Slide open() throws SlideException {
        return slides.open(DicomSample.path());
    }

    @Test
    void opensTheSampleAsDicomWsi() throws SlideException {
        try (Slide slide = open()) {
            assertThat(slide.format()).isEqualTo("dicom-wsi");
            assertThat(slide.backend()).isEqualTo("precis");
            assertThat(slide.path()).isEqualTo(DicomSample.path());
            assertThat(slide.associatedImageNames()).isEmpty();
            assertThat(slide.properties())
                    .containsEntry(
                            "dicom.TransferSyntaxUID",
                            reference.get("transferSyntaxUid").asText())
                    .containsEntry(
                            "dicom.PhotometricInterpretation",
                            reference.get("photometricInterpretation").asText())
                    .containsEntry(
                            "dicom.SeriesInstanceUID",
                            reference.get("seriesInstanceUid").asText())
                    .containsEntry(
                            "dicom.NumberOfFrames",
                            reference.get("numberOfFrames").asText());
            assertThat(slide.vendor()).isEmpty();
            assertThat(slide.objectivePower()).isEmpty();
        }
    }

    @Test
    void readsDicomWsiMetadataLikePydicom() throws SlideException {
        try (Slide slide = open()) {
            JsonNode levels = reference.get("levels");
            assertThat(slide.levels()).hasSize(levels.size());
            for (int i = 0; i < levels.size(); i++) {
                SlideLevel level = slide.levels().get(i);
                JsonNode expected = levels.get(i);
                assertThat(level.width()).isEqualTo(expected.get("width").asLong());
                assertThat(level.height()).isEqualTo(expected.get("height").asLong());
                assertThat(level.tileWidth())
                        .isEqualTo(expected.get("tileWidth").asInt());
                assertThat(level.tileHeight())
                        .isEqualTo(expected.get("tileHeight").asInt());
            }
            PixelSize size = slide.pixelSize().orElseThrow();
            assertThat(size.mppX()).isEqualTo(reference.get("mppX").asDouble());
            assertThat(size.mppY()).isEqualTo(reference.get("mppY").asDouble());
        }
    }

    @Test
    void readsDicomWsiFramesLikePydicom() throws SlideException, IOException {
        try (Slide slide = open()) {
            for (JsonNode crop : reference.get("crops")) {
                RgbImage expected;
                try (InputStream in = getClass()
                        .getResourceAsStream(
                                "/reference/dicom/" + crop.get("png").asText())) {
                    expected = RgbImage.of(ImageIO.read(in));
                }
                RgbImage actual = slide.readRegion(RegionRequest.atLevel(
                        0,
                        crop.get("x").asLong(),
                        crop.get("y").asLong(),
                        crop.get("width").asInt(),
                        crop.get("height").asInt()));
                assertThat(actual.width()).isEqualTo(expected.width());
                assertThat(actual.height()).isEqualTo(expected.height());
                long sum = 0;
                int max = 0;
                for (int i = 0; i < actual.rgb().length; i++) {
                    int difference = Math.abs((actual.rgb()[i] & 0xff) - (expected.rgb()[i] & 0xff));
                    sum += difference;
                    max = Math.max(max, difference);
                }
                double mean = (double) sum / actual.rgb().length;
                // Both decode the baseline JPEG frames with libjpeg-turbo: equal pixel for pixel (measured).
                assertThat(mean).as("mean absolute difference of crop %s", crop).isZero();
                assertThat(max).as("largest difference of crop %s", crop).isZero();
            }
        }
    }
}
