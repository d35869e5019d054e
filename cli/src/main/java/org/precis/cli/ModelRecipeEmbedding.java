package org.precis.cli;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.precis.embed.EncoderDescriptors;
import org.precis.embed.EncoderException;
import org.precis.embed.OnnxEncoder;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.PatchEmbedder;
import org.precis.embed.patches.PatchInputException;
import org.precis.learn.patch.PatchClassifier;

/**
 * Embeds image files exactly as a model's recipe says (encoder, views, scales, stains and
 * Reinhard's target from training), after checking that the encoder's model file is the one
 * the model was trained with and that every image decodes.
 */
final class ModelRecipeEmbedding {

    private final Path data;
    private final int threads;

    /** {@code data}: the data folder holding models/ (null: PRECIS_DATA or ../shared). */
    ModelRecipeEmbedding(Path data, int threads) {
        this.data = data;
        this.threads = Math.max(1, threads);
    }

    /** Each file's per-view vectors ([views][dimension]), in the order of {@code files}. */
    List<float[][]> views(PatchClassifier model, Path modelFile, List<Path> files)
            throws IOException, EncoderException {
        ExecutorService loaders = Executors.newFixedThreadPool(threads);
        try (OnnxEncoder encoder = OnnxEncoder.open(OrtEnvironment.getEnvironment(),
                new EncoderDescriptors().resolve(model.recipe().encoder(), DataFolder.resolve(data)),
                new OnnxEncoderOptions(threads, 32))) {
            String sha = PatchEmbedder.modelSha256(encoder);
            if (!sha.equals(model.recipe().encoderSha256())) {
                throw new PatchInputException(modelFile, "trained with encoder " + model.recipe().encoder()
                        + " model SHA-256 " + model.recipe().encoderSha256() + " but " + encoder.descriptor().model()
                        + " has " + sha);
            }
            PatchEmbedder embedder = new PatchEmbedder(encoder, sha, loaders);
            embedder.checkReadable(files);
            return embedder.embedViews(files, model.recipe(), done -> { });
        } finally {
            loaders.shutdownNow();
        }
    }
}
