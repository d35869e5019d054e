package org.precis.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.slide.RgbImage;

/** Uses the hand-written channel-means model, so every vector is known from its tile. */
class EmbeddingExtractionTest {

    @TempDir
    Path folder;

    private final ExecutorService loaders = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        loaders.shutdownNow();
    }

    @Test
    void embedsEveryTileInOrderAcrossBatches() throws Exception {
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            sources.add(i);
        }
        try (Encoder encoder = channelMeans()) {
            List<float[]> vectors = new EmbeddingExtraction(encoder, loaders, 4).embed(sources,
                    i -> RgbImage.filled(8, 8, i, 2 * i, 255 - i));

            assertThat(vectors).hasSize(11);
            for (int i = 0; i < 11; i++) {
                assertThat(vectors.get(i)).containsExactly(i, 2 * i, 255 - i);
            }
        }
    }

    @Test
    void passesOnTheFirstFailureToLoadATile() throws Exception {
        try (Encoder encoder = channelMeans()) {
            EmbeddingExtraction extraction = new EmbeddingExtraction(encoder, loaders, 2);

            assertThatThrownBy(() -> extraction.embed(List.of(1, 2, 3, 4, 5), i -> {
                if (i == 4) {
                    throw new IOException("tile 4 is damaged");
                }
                return RgbImage.filled(8, 8, i, i, i);
            })).isInstanceOf(IOException.class).hasMessage("tile 4 is damaged");
            assertThatThrownBy(() -> extraction.embed(List.of(1), i -> RgbImage.filled(9, 8, i, i, i)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9x8");
            assertThat(extraction.embed(List.<Integer>of(), i -> RgbImage.filled(8, 8, i, i, i))).isEmpty();
        }
    }

    private Encoder channelMeans() throws Exception {
        Path model = TinyOnnxModel.write(folder.resolve("means.onnx"), TensorLayout.NCHW, 8);
        return OnnxEncoder.open(OrtEnvironment.getEnvironment(), new EncoderDescriptor("means", model, "pixels", 8, 8,
                ChannelOrder.RGB, TensorLayout.NCHW, Normalisation.NONE, "means", 3, Optional.empty(), "Apache-2.0",
                "test"), new OnnxEncoderOptions(1, 4));
    }
}
