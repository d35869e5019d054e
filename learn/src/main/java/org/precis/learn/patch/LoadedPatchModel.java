package org.precis.learn.patch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.precis.embed.EncoderException;
import org.precis.embed.patches.PatchEmbedder;
import org.precis.embed.patches.PatchEncoding;
import org.precis.embed.patches.PatchSizeLimits;

/**
 * A patch model ready to classify image files: the model, its file and its encoder, open. Images
 * are embedded exactly as the model's recipe says (views, scales, stains and Reinhard's target of
 * its training data) after every one is checked to decode and to be near the encoder's input size
 * ({@link PatchSizeLimits#DEFAULT}). Closing it closes the encoder.
 */
public final class LoadedPatchModel implements AutoCloseable {

    private final Path file;
    private final PatchClassifier classifier;
    private final PatchEncoding encoding;

    LoadedPatchModel(Path file, PatchClassifier classifier, PatchEncoding encoding) {
        this.file = file;
        this.classifier = classifier;
        this.encoding = encoding;
    }

    public Path file() {
        return file;
    }

    public PatchClassifier classifier() {
        return classifier;
    }

    /** The open encoder and its image loaders, for embedding beyond image files (slide tiles, patch sets). */
    public PatchEncoding encoding() {
        return encoding;
    }

    public PatchEmbedder embedder() {
        return encoding.embedder();
    }

    /**
     * Each file's per-view vectors ([views][dimension]), in the order of {@code files}.
     *
     * @throws org.precis.embed.patches.PatchInputException naming the first file that does not
     *     decode or whose size is far from the encoder's input
     */
    public List<float[][]> views(List<Path> files, IntConsumer progress) throws IOException, EncoderException {
        encoding.embedder().checkReadable(files, classifier.recipe(), PatchSizeLimits.DEFAULT);
        return encoding.embedder().embedViews(files, classifier.recipe(), progress);
    }

    /** Each file's class probabilities, views pooled as the model was trained, in the order of {@code files}. */
    public List<double[]> probabilities(List<Path> files) throws IOException, EncoderException {
        List<double[]> probabilities = new ArrayList<>(files.size());
        for (float[][] views : views(files, done -> {})) {
            probabilities.add(classifier.probabilitiesOfViews(views));
        }
        return probabilities;
    }

    @Override
    public void close() {
        encoding.close();
    }
}
