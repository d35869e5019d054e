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
import org.precis.embed.patches.PatchRecipe;
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

    /**
     * Checks that {@code embedder} runs the encoder {@code recipe} was made with (name and model
     * file SHA-256), naming {@code modelFile} when it does not.
     */
    static void checkEncoder(PatchEmbedder embedder, PatchRecipe recipe, Path modelFile) throws PatchInputException {
        try {
            embedder.checkRecipe(recipe);
        } catch (IllegalArgumentException e) {
            throw new PatchInputException(modelFile, e.getMessage(), e);
        }
    }

    /** Each file's per-view vectors ([views][dimension]), in the order of {@code files}. */
    List<float[][]> views(PatchClassifier model, Path modelFile, List<Path> files)
            throws IOException, EncoderException {
        ExecutorService loaders = Executors.newFixedThreadPool(threads);
        try (OnnxEncoder encoder = OnnxEncoder.open(OrtEnvironment.getEnvironment(),
                new EncoderDescriptors().resolve(model.recipe().encoder(), DataFolder.resolve(data)),
                new OnnxEncoderOptions(threads, 32))) {
            PatchEmbedder embedder = new PatchEmbedder(encoder, PatchEmbedder.modelSha256(encoder), loaders);
            checkEncoder(embedder, model.recipe(), modelFile);
            embedder.checkReadable(files);
            return embedder.embedViews(files, model.recipe(), done -> { });
        } finally {
            loaders.shutdownNow();
        }
    }
}
