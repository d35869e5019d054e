package org.precis.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OrtEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.slide.RgbImage;

/**
 * Runs a hand-written ONNX model that returns the mean of each input channel, so the tensor an
 * encoder builds (layout, channel order, normalisation) is checked against values computed here
 * from the pixels, independently of the code under test.
 */
class InputTensorTest {

    private static final Normalisation IMAGENET =
            new Normalisation(1 / 255.0, List.of(0.485, 0.456, 0.406), List.of(0.229, 0.224, 0.225));

    @TempDir
    Path folder;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();

    @Test
    void buildsNchwRgbInputWithTheDescriptorsNormalisation() throws Exception {
        checkChannelMeans(TensorLayout.NCHW, ChannelOrder.RGB);
    }

    @Test
    void buildsNhwcBgrInputWithTheDescriptorsNormalisation() throws Exception {
        checkChannelMeans(TensorLayout.NHWC, ChannelOrder.BGR);
    }

    @Test
    void refusesADescriptorWhoseInputSizeDiffersFromTheModels() throws Exception {
        Path model = TinyOnnxModel.write(folder.resolve("fixed.onnx"), TensorLayout.NCHW, 32);
        EncoderDescriptor descriptor = descriptor(model, TensorLayout.NCHW, ChannelOrder.RGB, 24, 24);

        assertThatThrownBy(() -> OnnxEncoder.open(environment, descriptor, OnnxEncoderOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tiny.json")
                .hasMessageContaining(model.toString())
                .hasMessageContaining("[-1, 3, 32, 32]")
                .hasMessageContaining("24x24");
    }

    @Test
    void refusesADescriptorWhoseLayoutDiffersFromTheModels() throws Exception {
        Path model = TinyOnnxModel.write(folder.resolve("fixed.onnx"), TensorLayout.NHWC, 32);
        EncoderDescriptor descriptor = descriptor(model, TensorLayout.NCHW, ChannelOrder.RGB, 32, 32);

        assertThatThrownBy(() -> OnnxEncoder.open(environment, descriptor, OnnxEncoderOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tiny.json")
                .hasMessageContaining("[-1, 32, 32, 3]");
    }

    @Test
    void refusesUnknownTensorNamesAndAWrongOutputDimension() throws Exception {
        Path model = TinyOnnxModel.write(folder.resolve("fixed.onnx"), TensorLayout.NCHW, 32);
        EncoderDescriptor descriptor = descriptor(model, TensorLayout.NCHW, ChannelOrder.RGB, 32, 32);

        assertThatThrownBy(() -> OnnxEncoder.open(
                        environment, TestData.withOutput(descriptor, "means", 4), OnnxEncoderOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension 4");
        assertThatThrownBy(() -> OnnxEncoder.open(
                        environment, TestData.withOutput(descriptor, "features", 3), OnnxEncoderOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no output named 'features'")
                .hasMessageContaining("[means]");
        assertThatThrownBy(() -> OnnxEncoder.open(
                        environment,
                        descriptor(folder.resolve("missing.onnx"), TensorLayout.NCHW, ChannelOrder.RGB, 32, 32),
                        OnnxEncoderOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model file not found");
    }

    @Test
    void fillsEachTilesSlotOfABatchInPlaceForBothLayouts() throws Exception {
        for (TensorLayout layout : TensorLayout.values()) {
            int width = 20;
            int height = 12;
            int perTile = 3 * width * height;
            Path model = TinyOnnxModel.write(folder.resolve("slots-" + layout + ".onnx"), layout, 0);
            List<RgbImage> tiles = List.of(gradient(width, height, 3), RgbImage.filled(width, height, 9, 200, 40));
            try (Encoder encoder = OnnxEncoder.open(
                    environment,
                    descriptor(model, layout, ChannelOrder.BGR, height, width),
                    new OnnxEncoderOptions(1, 2))) {
                float[] values = new float[2 * perTile + 1];
                values[2 * perTile] = 42;
                encoder.inputValues(tiles.get(1), values, perTile);
                encoder.inputValues(tiles.get(0), values, 0);

                assertThat(values[2 * perTile]).as("past the last slot").isEqualTo(42);
                List<float[]> means = encoder.run(java.util.Arrays.copyOf(values, 2 * perTile), 2);
                for (int n = 0; n < tiles.size(); n++) {
                    double[] expected = normalisedMeans(tiles.get(n));
                    for (int channel = 0; channel < 3; channel++) {
                        assertThat((double) means.get(n)[channel])
                                .as("%s tile %d channel %d", layout, n, channel)
                                .isCloseTo(expected[ChannelOrder.BGR.rgbIndex(channel)], within(1e-5));
                    }
                }
                assertThatThrownBy(() -> encoder.inputValues(tiles.get(0), values, perTile + 2))
                        .isInstanceOf(IndexOutOfBoundsException.class);
                assertThatThrownBy(() -> encoder.inputValues(RgbImage.filled(width, height + 1, 0, 0, 0), values, 0))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("20x12");
            }
        }
    }

    @Test
    void refusesTilesOfAnotherSize() throws Exception {
        Path model = TinyOnnxModel.write(folder.resolve("free.onnx"), TensorLayout.NCHW, 0);
        try (Encoder encoder = OnnxEncoder.open(
                environment,
                descriptor(model, TensorLayout.NCHW, ChannelOrder.RGB, 16, 16),
                OnnxEncoderOptions.defaults())) {
            assertThatThrownBy(() ->
                            encoder.embed(List.of(RgbImage.filled(16, 16, 1, 2, 3), RgbImage.filled(16, 17, 1, 2, 3))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tile 1 is 16x17 px")
                    .hasMessageContaining("16x16");
        }
    }

    private void checkChannelMeans(TensorLayout layout, ChannelOrder order) throws Exception {
        int width = 20;
        int height = 12;
        Path model = TinyOnnxModel.write(folder.resolve(layout + ".onnx"), layout, 0);
        List<RgbImage> tiles = List.of(
                gradient(width, height, 0), gradient(width, height, 7), RgbImage.filled(width, height, 255, 0, 128));
        try (Encoder encoder = OnnxEncoder.open(
                environment, descriptor(model, layout, order, height, width), new OnnxEncoderOptions(1, 2))) {
            List<float[]> means = encoder.embed(tiles);

            assertThat(means).hasSize(tiles.size());
            for (int n = 0; n < tiles.size(); n++) {
                double[] expected = normalisedMeans(tiles.get(n));
                for (int channel = 0; channel < 3; channel++) {
                    assertThat((double) means.get(n)[channel])
                            .as("tile %d channel %d", n, channel)
                            .isCloseTo(expected[order.rgbIndex(channel)], within(1e-5));
                }
            }
        }
    }

    /** Red, green and blue vary differently with the position, so swapped channels show. */
    private static RgbImage gradient(int width, int height, int shift) {
        byte[] rgb = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = 3 * (y * width + x);
                rgb[i] = (byte) (10 * x + shift);
                rgb[i + 1] = (byte) (20 * y);
                rgb[i + 2] = (byte) (250 - 3 * x - 5 * y);
            }
        }
        return new RgbImage(width, height, rgb);
    }

    private static double[] normalisedMeans(RgbImage tile) {
        double[] sums = new double[3];
        byte[] rgb = tile.rgb();
        for (int i = 0; i < rgb.length; i += 3) {
            for (int colour = 0; colour < 3; colour++) {
                sums[colour] +=
                        ((rgb[i + colour] & 0xff) / 255.0 - IMAGENET.mean().get(colour))
                                / IMAGENET.std().get(colour);
            }
        }
        int pixels = tile.width() * tile.height();
        return new double[] {sums[0] / pixels, sums[1] / pixels, sums[2] / pixels};
    }

    private EncoderDescriptor descriptor(Path model, TensorLayout layout, ChannelOrder order, int height, int width) {
        return new EncoderDescriptor(
                "tiny",
                model,
                "pixels",
                height,
                width,
                order,
                layout,
                IMAGENET,
                "means",
                3,
                Optional.empty(),
                "Apache-2.0",
                folder.resolve("tiny.json").toString());
    }
}
