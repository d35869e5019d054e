package org.precis.learn.patch;

import java.io.IOException;
import java.nio.file.Path;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.EncoderException;
import org.precis.embed.Encoders;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.PatchEncoding;
import org.precis.embed.patches.PatchInputException;

/**
 * Loads patch models for use: the model file and the encoder its recipe was made with, opened and
 * checked to be that encoder (name and model file SHA-256). Close what {@code load} returns.
 */
public final class PatchModels {

    private final Encoders encoders;
    private final PatchClassifiers files = new PatchClassifiers();

    /** {@code dataRoot}: the data folder holding {@code models/}, where shipped encoders lie. */
    public PatchModels(Path dataRoot) {
        this.encoders = new Encoders(dataRoot);
    }

    /** The model in {@code modelFile}, without its encoder (for patch sets embedded beforehand). */
    public PatchClassifier read(Path modelFile) throws IOException {
        return files.read(modelFile);
    }

    /**
     * The model in {@code modelFile} with the encoder its recipe names, on {@code threads} inference
     * and as many image decoding threads.
     */
    public LoadedPatchModel load(Path modelFile, int threads) throws IOException, EncoderException {
        PatchClassifier model = files.read(modelFile);
        int n = Math.max(1, threads);
        return open(modelFile, model, encoders.descriptor(model.recipe().encoder()), new OnnxEncoderOptions(n, 32), n);
    }

    /**
     * The model in {@code modelFile} with the encoder its recipe names, on the given inference
     * options and image decoding threads.
     */
    public LoadedPatchModel load(Path modelFile, OnnxEncoderOptions options, int loaderThreads)
            throws IOException, EncoderException {
        PatchClassifier model = files.read(modelFile);
        return open(modelFile, model, encoders.descriptor(model.recipe().encoder()), options, loaderThreads);
    }

    /**
     * The model in {@code modelFile} with the encoder {@code encoder} (a shipped name or a
     * descriptor file), which must be the one its recipe was made with.
     *
     * @throws PatchInputException naming the model file when the encoder is another
     */
    public LoadedPatchModel load(Path modelFile, String encoder, OnnxEncoderOptions options, int loaderThreads)
            throws IOException, EncoderException {
        return load(modelFile, encoders.descriptor(encoder), options, loaderThreads);
    }

    /** As {@link #load(Path, String, OnnxEncoderOptions, int)}, with the encoder's descriptor already read. */
    public LoadedPatchModel load(
            Path modelFile, EncoderDescriptor encoder, OnnxEncoderOptions options, int loaderThreads)
            throws IOException, EncoderException {
        PatchClassifier model = files.read(modelFile);
        return open(modelFile, model, encoder, options, loaderThreads);
    }

    private LoadedPatchModel open(
            Path modelFile,
            PatchClassifier model,
            EncoderDescriptor descriptor,
            OnnxEncoderOptions options,
            int loaderThreads)
            throws IOException, EncoderException {
        PatchEncoding encoding = PatchEncoding.open(encoders, descriptor, options, loaderThreads);
        try {
            encoding.embedder().checkRecipe(model.recipe());
        } catch (IllegalArgumentException e) {
            encoding.close();
            throw new PatchInputException(modelFile, e.getMessage(), e);
        } catch (RuntimeException e) {
            encoding.close();
            throw e;
        }
        return new LoadedPatchModel(modelFile, model, encoding);
    }
}
