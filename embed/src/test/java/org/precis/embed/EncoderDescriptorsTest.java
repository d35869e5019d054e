package org.precis.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncoderDescriptorsTest {

    private static final String VALID = """
            {"name": "tiny", "model": "models/tiny.onnx",
             "input": {"name": "pixels", "height": 32, "width": 48, "channels": "bgr", "layout": "NHWC",
                       "scale": 0.00392156862745098, "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]},
             "output": {"name": "means", "dimension": 3},
             "recommended_mpp": 0.5, "licence": "Apache-2.0"}
            """;

    @TempDir
    Path folder;

    private final EncoderDescriptors descriptors = new EncoderDescriptors();

    @Test
    void resolvesTheShippedMobileNetToTheModelInTheDataFolder() throws IOException {
        EncoderDescriptor descriptor = descriptors.resolve("mobilenet_v2", TestData.root());

        assertThat(descriptor.name()).isEqualTo("mobilenet_v2");
        assertThat(descriptor.model())
                .isEqualTo(TestData.root()
                        .resolve("models/mobilenet_v2/mobilenet_v2_1.0_224_quant.float32.onnx")
                        .normalize());
        assertThat(descriptor.model()).isRegularFile();
        assertThat(descriptor.inputName()).isEqualTo("image");
        assertThat(descriptor.inputHeight()).isEqualTo(224);
        assertThat(descriptor.inputWidth()).isEqualTo(224);
        assertThat(descriptor.channelOrder()).isEqualTo(ChannelOrder.RGB);
        assertThat(descriptor.layout()).isEqualTo(TensorLayout.NCHW);
        assertThat(descriptor.normalisation()).isEqualTo(Normalisation.NONE);
        assertThat(descriptor.outputName()).isEqualTo("features");
        assertThat(descriptor.outputDimension()).isEqualTo(1280);
        assertThat(descriptor.recommendedMpp()).isEmpty();
        assertThat(descriptor.licence()).isEqualTo("Apache-2.0");
    }

    @Test
    void readsADescriptorFileWithTheModelRelativeToIt() throws IOException {
        Path file = write(VALID);

        EncoderDescriptor descriptor = descriptors.resolve(file.toString(), Path.of("/nowhere"));

        assertThat(descriptor.model())
                .isEqualTo(folder.resolve("models/tiny.onnx").toAbsolutePath());
        assertThat(descriptor.inputHeight()).isEqualTo(32);
        assertThat(descriptor.inputWidth()).isEqualTo(48);
        assertThat(descriptor.channelOrder()).isEqualTo(ChannelOrder.BGR);
        assertThat(descriptor.layout()).isEqualTo(TensorLayout.NHWC);
        assertThat(descriptor.normalisation())
                .isEqualTo(new Normalisation(
                        0.00392156862745098, List.of(0.485, 0.456, 0.406), List.of(0.229, 0.224, 0.225)));
        assertThat(descriptor.recommendedMpp()).isEqualTo(Optional.of(0.5));
        assertThat(descriptor.source()).isEqualTo(file.toString());
    }

    @Test
    void namesTheFileAndTheFieldWhenADescriptorIsWrong() throws IOException {
        assertRejected(VALID.replace("\"std\": [0.229, 0.224, 0.225]", "\"std\": [0.229, 0, 0.225]"), "std");
        assertRejected(VALID.replace("\"std\": [0.229, 0.224, 0.225]", "\"std\": [0.229, 0.224]"), "std");
        assertRejected(VALID.replace("\"NHWC\"", "\"CHWN\""), "input.layout");
        assertRejected(VALID.replace("\"bgr\"", "\"grb\""), "input.channels");
        assertRejected(VALID.replace("\"height\": 32", "\"height\": 0"), "input size");
        assertRejected(VALID.replace("\"height\": 32", "\"height\": 32.5"), "height");
        assertRejected(VALID.replace("\"dimension\": 3", "\"dimension\": -3"), "output dimension");
        assertRejected(VALID.replace("\"licence\": \"Apache-2.0\"", "\"licence\": \"\""), "licence");
        assertRejected(VALID.replace("\"recommended_mpp\": 0.5", "\"recommended_mpp\": 0"), "µm/px");
        assertRejected(VALID.replace("\"recommended_mpp\"", "\"recommended_mmp\""), "unknown field 'recommended_mmp'");
        assertRejected(VALID.replace("\"scale\"", "\"scal\""), "unknown field 'input.scal'");
        assertRejected(VALID.replace("\"model\": \"models/tiny.onnx\",", ""), "'model'");
        assertRejected("[1, 2]", "JSON object");
        assertRejected("{\"name\": ", "not valid JSON");
    }

    @Test
    void refusesAnUnknownEncoderName() {
        assertThatThrownBy(() -> descriptors.resolve("no_such_encoder", TestData.root()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no_such_encoder")
                .hasMessageContaining("mobilenet_v2");
    }

    private void assertRejected(String json, String fragment) throws IOException {
        Path file = write(json);
        assertThatThrownBy(() -> descriptors.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(fragment);
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(folder, "encoder", ".json");
        Files.writeString(file, json);
        return file;
    }
}
