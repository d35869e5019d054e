package org.precis.cells.nuclei.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.cells.nuclei.Nucleus;
import org.precis.slide.RgbImage;

/**
 * The plumbing of the learned detector with a tiny, untrained network (made and exported by {@code
 * src/test/resources/onnx/make_tiny_nucleus_net.py}, which also ran it in PyTorch on a real
 * BreCaHAD crop and post-processed its outputs with scikit-image): input layout and
 * normalisation, output names and order, post-processing and the descriptor's errors.
 */
class OnnxNucleusDetectorTest {

    private static final double MPP = 0.32;
    private static Path descriptorFile;
    private static JsonNode reference;
    private static RgbImage crop;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        descriptorFile = Path.of(OnnxNucleusDetectorTest.class
                .getResource("/onnx/tiny_nucleus_net.json")
                .toURI());
        try (InputStream in =
                OnnxNucleusDetectorTest.class.getResourceAsStream("/onnx/tiny_nucleus_net-reference.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        try (InputStream in = OnnxNucleusDetectorTest.class.getResourceAsStream("/reference/nuclei/brecahad-05.png")) {
            crop = RgbImage.of(ImageIO.read(in));
        }
    }

    private static OnnxNucleusDetector open(Path descriptor) throws IOException {
        return OnnxNucleusDetector.open(
                OrtEnvironment.getEnvironment(), new NucleusModelDescriptors().read(descriptor), 1);
    }

    @Test
    void outputsMatchPyTorchAndNucleiMatchScikitImagePostProcessing() throws IOException {
        try (OnnxNucleusDetector detector = open(descriptorFile)) {
            float[][] planes = detector.run(crop);
            double probabilitySum = 0;
            double distanceSum = 0;
            for (int i = 0; i < planes[0].length; i++) {
                probabilitySum += planes[0][i];
                distanceSum += planes[1][i];
            }
            System.out.printf(
                    "sums: probability %.3e, distance %.3e relative difference%n",
                    probabilitySum / reference.get("probability_sum").asDouble() - 1,
                    distanceSum / reference.get("distance_sum").asDouble() - 1);
            // float32 arithmetic in two runtimes: measured relative differences below 1e-7
            assertThat(probabilitySum / reference.get("probability_sum").asDouble())
                    .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(distanceSum / reference.get("distance_sum").asDouble())
                    .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-6));
            for (JsonNode at : reference.get("probability_at")) {
                assertThat((double) planes[0][
                                at.get(0).asInt() * crop.width() + at.get(1).asInt()])
                        .isCloseTo(at.get(2).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
            }
            for (JsonNode at : reference.get("distance_at")) {
                assertThat((double) planes[1][
                                at.get(0).asInt() * crop.width() + at.get(1).asInt()])
                        .isCloseTo(at.get(2).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
            }
            List<Nucleus> nuclei = detector.detect(crop, MPP);
            double[] areas = nuclei.stream()
                    .mapToDouble(n -> n.measurements().areaUm2())
                    .sorted()
                    .toArray();
            double[] theirs = new double[reference.get("areas_um2").size()];
            for (int i = 0; i < theirs.length; i++) {
                theirs[i] = reference.get("areas_um2").get(i).asDouble();
            }
            System.out.printf("learned detector: %d nuclei vs %d in scikit-image%n", areas.length, theirs.length);
            assertThat(areas).hasSize(reference.get("nuclei").asInt());
            assertThat(areas).containsExactly(theirs, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(detector.detect(crop, MPP)).isEqualTo(nuclei);
            assertThat(detector.parameters()).containsKey("modelSha256");
            assertThat(detector.maxNucleusRadiusUm()).isGreaterThan(20);
        }
    }

    @Test
    void refusesAnImageAtAnotherPixelSize() throws IOException {
        try (OnnxNucleusDetector detector = open(descriptorFile)) {
            assertThatThrownBy(() -> detector.detect(crop, 0.5))
                    .hasMessageContaining("works at 0.32 µm/px")
                    .hasMessageStartingWith(descriptorFile.toString());
        }
    }

    @Test
    void aDescriptorThatDoesNotMatchItsModelIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("tiny_nucleus_net.onnx");
        Files.copy(descriptorFile.resolveSibling("tiny_nucleus_net.onnx"), model);
        String json = Files.readString(descriptorFile);
        Path wrongInput = dir.resolve("wrong-input.json");
        Files.writeString(wrongInput, json.replace("\"name\": \"image\"", "\"name\": \"pixels\""));
        assertThatThrownBy(() -> open(wrongInput))
                .hasMessageStartingWith(wrongInput + " does not match model")
                .hasMessageContaining("no input named 'pixels'");
        Path wrongOutput = dir.resolve("wrong-output.json");
        Files.writeString(wrongOutput, json.replace("\"distance\": \"distance\"", "\"distance\": \"dist\""));
        assertThatThrownBy(() -> open(wrongOutput)).hasMessageContaining("no output named 'dist'");
        Path missing = dir.resolve("missing.json");
        Files.writeString(missing, json.replace("\"licence\": \"Apache-2.0\"", "\"licence\": 3"));
        assertThatThrownBy(() -> open(missing)).hasMessage(missing + ": 'licence' must be a non-empty string");
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, json.replace("\"mpp\"", "\"mmp\""));
        assertThatThrownBy(() -> open(unknown)).hasMessage(unknown + ": unknown field 'mmp'");
        Path noModel = dir.resolve("no-model.json");
        Files.writeString(noModel, json.replace("tiny_nucleus_net.onnx", "absent.onnx"));
        assertThatThrownBy(() -> open(noModel)).hasMessageStartingWith(noModel + ": model file not found");
    }
}
