package org.precis.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.precis.io.file.FileSha256;
import org.precis.slide.RgbImage;
import org.precis.testing.SampleData;

/**
 * The shipped nic_multitask descriptor: what it declares (from the model's README), and its
 * features under ONNX Runtime against a numpy re-implementation of the original Keras layers
 * (fixtures/nic_multitask/make_reference.py, float64) on two BreCaHAD patches.
 */
class NicMultitaskEncoderTest {

    private static final Path FIXTURES = Path.of("src/test/fixtures/nic_multitask");

    @Test
    void theDescriptorDeclaresWhatTheModelsReadmeStates() throws Exception {
        EncoderDescriptor descriptor = new Encoders(SampleData.root()).descriptor("nic_multitask");
        assertThat(descriptor.inputWidth()).isEqualTo(128);
        assertThat(descriptor.inputHeight()).isEqualTo(128);
        assertThat(descriptor.channelOrder()).isEqualTo(ChannelOrder.RGB);
        assertThat(descriptor.layout()).isEqualTo(TensorLayout.NCHW);
        assertThat(descriptor.normalisation()).isEqualTo(Normalisation.NONE);
        assertThat(descriptor.outputDimension()).isEqualTo(128);
        assertThat(descriptor.recommendedMpp()).isEqualTo(Optional.of(0.5));
        assertThat(descriptor.licence()).isEqualTo("MIT");
        assertThat(FileSha256.of(descriptor.model()))
                .isEqualTo("e3048886076c12ebbac36e1687b438dbb8f6f94a51d125378d79d10f35d07cda");
    }

    @Test
    void featuresMatchTheNumpyKerasReference() throws Exception {
        JsonNode reference =
                new ObjectMapper().readTree(FIXTURES.resolve("reference.json").toFile());
        List<RgbImage> patches = new ArrayList<>();
        List<double[]> expected = new ArrayList<>();
        for (JsonNode patch : reference.get("patches")) {
            patches.add(RgbImage.of(
                    ImageIO.read(FIXTURES.resolve(patch.get("file").asText()).toFile())));
            double[] values = new double[patch.get("features").size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = patch.get("features").get(i).asDouble();
            }
            expected.add(values);
        }
        Encoders encoders = new Encoders(SampleData.root());
        try (Encoder encoder = encoders.open("nic_multitask", new OnnxEncoderOptions(1, 8))) {
            List<float[]> actual = encoder.embed(patches);
            for (int p = 0; p < patches.size(); p++) {
                double dot = 0;
                double na = 0;
                double nb = 0;
                double maxDiff = 0;
                double maxRef = 0;
                for (int i = 0; i < 128; i++) {
                    double a = actual.get(p)[i];
                    double b = expected.get(p)[i];
                    dot += a * b;
                    na += a * a;
                    nb += b * b;
                    maxDiff = Math.max(maxDiff, Math.abs(a - b));
                    maxRef = Math.max(maxRef, Math.abs(b));
                }
                double cosine = dot / Math.sqrt(na * nb);
                // Measured: cosine 1 - 1e-10 or closer, max |diff| / max |ref| 4.6e-7 and 3.8e-7 (float32 vs float64).
                assertThat(cosine).isGreaterThan(0.99999999);
                assertThat(maxDiff / maxRef).isLessThan(1e-6);
            }
        }
    }
}
