package org.precis.cells.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.precis.embed.Encoder;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.EncoderException;
import org.precis.embed.Encoders;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.io.file.FileSha256;
import org.precis.slide.RgbImage;

/**
 * Computes cells' feature vectors by a {@link CellFeatureRecipe}: opens its encoders (checking
 * that each model's SHA-256 is the one the recipe names) and embeds a patch centred on each
 * nucleus. Close it to free the encoders.
 */
public final class CellFeatures implements AutoCloseable {

    private static final int BATCH = 32;

    private final CellFeatureRecipe recipe;
    private final List<Encoder> encoders;
    private final List<PatchSampler> samplers;
    private final StainFeatures stain = new StainFeatures();

    private CellFeatures(CellFeatureRecipe recipe, List<Encoder> encoders) {
        this.recipe = recipe;
        this.encoders = List.copyOf(encoders);
        List<PatchSampler> list = new ArrayList<>();
        for (EncoderField field : recipe.encoders()) {
            list.add(new PatchSampler(field.size(), field.mpp()));
        }
        this.samplers = List.copyOf(list);
    }

    /**
     * Opens the recipe's encoders from {@code dataRoot/models}.
     *
     * @throws IllegalArgumentException if an encoder's model is missing or is not the one the recipe
     *     was made with
     */
    public static CellFeatures open(CellFeatureRecipe recipe, Path dataRoot, OnnxEncoderOptions options)
            throws IOException, EncoderException {
        Encoders catalogue = new Encoders(dataRoot);
        List<Encoder> opened = new ArrayList<>();
        try {
            for (EncoderField field : recipe.encoders()) {
                EncoderDescriptor descriptor = catalogue.descriptor(field.encoder());
                String sha256 = FileSha256.of(descriptor.model());
                if (!sha256.equals(field.modelSha256())) {
                    throw new IllegalArgumentException(descriptor.model() + ": encoder " + field.encoder()
                            + " has SHA-256 " + sha256 + " but the cell model was made with " + field.modelSha256());
                }
                if (descriptor.inputWidth() != field.size() || descriptor.outputDimension() != field.dimension()) {
                    throw new IllegalArgumentException(
                            descriptor.source() + ": encoder " + field.encoder() + " does not take " + field.size()
                                    + " px patches giving " + field.dimension() + " features");
                }
                opened.add(catalogue.open(descriptor, options));
            }
        } catch (IOException | EncoderException | RuntimeException e) {
            opened.forEach(Encoder::close);
            throw e;
        }
        return new CellFeatures(recipe, opened);
    }

    /**
     * The field around a nucleus for a shipped encoder, as the cell classes were measured: the
     * encoder's input at 0.5 µm/px (nic_multitask's 128 px: its native 64 µm), except MobileNetV2's
     * 224 px at 0.25 µm/px (a 56 µm field rather than 112 µm of mostly neighbours).
     */
    public static EncoderField nucleusField(String encoder, Path dataRoot) throws IOException {
        return field(encoder, encoder.equals("mobilenet_v2") ? 0.25 : 0.5, dataRoot);
    }

    /** The field for a shipped encoder: its input size at {@code mpp}, its model's SHA-256. */
    public static EncoderField field(String encoder, double mpp, Path dataRoot) throws IOException {
        EncoderDescriptor descriptor = new Encoders(dataRoot).descriptor(encoder);
        return new EncoderField(
                encoder, FileSha256.of(descriptor.model()), descriptor.inputWidth(), mpp, descriptor.outputDimension());
    }

    public CellFeatureRecipe recipe() {
        return recipe;
    }

    /**
     * The feature vector of each nucleus centred at {@code centres[i] = {x, y}} (image pixels,
     * continuous coordinates) in {@code image} of pixel size {@code mpp} µm.
     */
    public double[][] of(RgbImage image, double mpp, List<double[]> centres) throws EncoderException {
        int n = centres.size();
        double[][] rows = new double[n][recipe.dimension()];
        int offset = 0;
        for (int e = 0; e < encoders.size(); e++) {
            Encoder encoder = encoders.get(e);
            PatchSampler sampler = samplers.get(e);
            for (int start = 0; start < n; start += BATCH) {
                int end = Math.min(n, start + BATCH);
                List<RgbImage> patches = new ArrayList<>();
                for (int i = start; i < end; i++) {
                    patches.add(sampler.sample(image, mpp, centres.get(i)[0], centres.get(i)[1]));
                }
                List<float[]> vectors = encoder.embed(patches);
                for (int i = start; i < end; i++) {
                    float[] v = vectors.get(i - start);
                    for (int j = 0; j < v.length; j++) {
                        rows[i][offset + j] = v[j];
                    }
                }
            }
            offset += recipe.encoders().get(e).dimension();
        }
        if (recipe.stainFeatures()) {
            for (int i = 0; i < n; i++) {
                double[] s = stain.of(image, mpp, centres.get(i)[0], centres.get(i)[1]);
                System.arraycopy(s, 0, rows[i], offset, s.length);
            }
        }
        return rows;
    }

    @Override
    public void close() {
        encoders.forEach(Encoder::close);
    }
}
