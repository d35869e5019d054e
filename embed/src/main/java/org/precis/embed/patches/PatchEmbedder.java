package org.precis.embed.patches;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.precis.embed.Encoder;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.EncoderException;
import org.precis.imaging.stain.ChannelStatistics;
import org.precis.imaging.stain.LabStatistics;
import org.precis.imaging.stain.MacenkoNormaliser;
import org.precis.imaging.stain.MacenkoStains;
import org.precis.imaging.stain.ReinhardNormaliser;
import org.precis.io.file.FileSha256;
import org.precis.slide.RgbImage;

/**
 * Embeds patch image files with a {@link PatchRecipe}: each image is resized to the encoder's
 * input, stain-normalised in each of the recipe's ways, cropped at every scale (each crop resized
 * to the input), turned through every view; each (stain, view) pair is one view of the patch, its
 * vector concatenates its scales, and the views' vectors are
 * averaged (the per-view vectors are kept too, for classifiers that average over views instead).
 * Images are prepared on the caller's executor while the encoder runs on the calling thread.
 */
public final class PatchEmbedder {

    /** Images prepared per round: bounds memory at two rounds of views x scales tiles. */
    private static final int IMAGES_PER_ROUND = 8;

    private final Encoder encoder;
    private final String encoderSha256;
    private final ExecutorService loaders;
    private final PatchImages images = new PatchImages();

    /** {@code encoderSha256} is the SHA-256 of the encoder's model file, recorded in recipes. */
    public PatchEmbedder(Encoder encoder, String encoderSha256, ExecutorService loaders) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.encoderSha256 = Objects.requireNonNull(encoderSha256, "encoderSha256");
        this.loaders = Objects.requireNonNull(loaders, "loaders");
    }

    /** Opens nothing: hashes the encoder's model file for the recipe. */
    public static String modelSha256(Encoder encoder) throws IOException {
        return FileSha256.of(encoder.descriptor().model());
    }

    /**
     * The recipe for embedding {@code files} with this encoder, after decoding every one of them
     * (so that an unreadable image is named before any long work); a Reinhard target is the mean
     * of the images' L*a*b* means and deviations, measured in the same pass.
     *
     * @throws IOException naming the first unreadable image
     */
    public PatchRecipe recipe(List<Path> files, ViewSet views, List<Double> scales, List<StainNormalisation> stains)
            throws IOException {
        boolean reinhard = stains.contains(StainNormalisation.REINHARD);
        List<Optional<LabStatistics>> statistics = forEach(files, file -> {
            RgbImage image = images.read(file);
            return reinhard ? Optional.of(LabStatistics.of(fitted(image))) : Optional.<LabStatistics>empty();
        });
        Optional<LabStatistics> target = reinhard
                ? Optional.of(
                        meanOf(statistics.stream().map(Optional::orElseThrow).toList()))
                : Optional.empty();
        return new PatchRecipe(encoder.descriptor().name(), encoderSha256, views, scales, stains, target);
    }

    /**
     * Checks that every file decodes, before any long work.
     *
     * @throws IOException naming the first unreadable image
     */
    public void checkReadable(List<Path> files) throws IOException {
        forEach(files, file -> {
            images.read(file);
            return Boolean.TRUE;
        });
    }

    /**
     * Checks that every file decodes and that its size suits {@code recipe} on this encoder as
     * {@code limits} say, before any long work.
     *
     * @throws PatchInputException naming the first unreadable or unsuitably sized image
     */
    public void checkReadable(List<Path> files, PatchRecipe recipe, PatchSizeLimits limits) throws IOException {
        EncoderDescriptor descriptor = encoder.descriptor();
        forEach(files, file -> {
            RgbImage image = images.read(file);
            limits.check(
                    file,
                    image.width(),
                    image.height(),
                    recipe.scales(),
                    descriptor.inputWidth(),
                    descriptor.inputHeight());
            return Boolean.TRUE;
        });
    }

    /**
     * Embeds a labelled patch folder: derives the recipe (decoding every image), embeds.
     *
     * @param progress told the number of patches embedded so far
     */
    public PatchSet embed(
            LabelledPatches patches,
            ViewSet views,
            List<Double> scales,
            List<StainNormalisation> stains,
            String softwareVersion,
            IntConsumer progress)
            throws IOException, EncoderException {
        return embedChecked(patches, recipe(patches.files(), views, scales, stains), softwareVersion, progress);
    }

    /**
     * Embeds a labelled patch folder exactly as {@code recipe} says (a model's recipe, with the
     * Reinhard target of its training data): checks every image, embeds.
     *
     * @throws IllegalArgumentException if the recipe names another encoder or model file
     */
    public PatchSet embed(LabelledPatches patches, PatchRecipe recipe, String softwareVersion, IntConsumer progress)
            throws IOException, EncoderException {
        checkRecipe(recipe);
        checkReadable(patches.files());
        return embedChecked(patches, recipe, softwareVersion, progress);
    }

    private PatchSet embedChecked(
            LabelledPatches patches, PatchRecipe recipe, String softwareVersion, IntConsumer progress)
            throws IOException, EncoderException {
        List<Path> files = patches.files();
        String dataSha256 = patches.dataSha256();
        List<float[][]> viewVectors = embedViews(files, recipe, progress);
        int dimension = viewVectors.get(0)[0].length;
        int viewCount = viewVectors.get(0).length;
        float[] features = new float[files.size() * dimension];
        // Each view's own vector is kept only when there is more than one view to average.
        float[] viewFeatures = new float[viewCount > 1 ? files.size() * viewCount * dimension : 0];
        for (int i = 0; i < viewVectors.size(); i++) {
            System.arraycopy(pool(viewVectors.get(i)), 0, features, i * dimension, dimension);
            if (viewCount > 1) {
                for (int v = 0; v < viewCount; v++) {
                    System.arraycopy(
                            viewVectors.get(i)[v], 0, viewFeatures, (i * viewCount + v) * dimension, dimension);
                }
            }
        }
        int[] classIndex = new int[patches.size()];
        for (int i = 0; i < classIndex.length; i++) {
            classIndex[i] = patches.classIndex(i);
        }
        return new PatchSet(
                files.size(),
                dimension,
                features,
                patches.fileNames(),
                classIndex,
                patches.classNames(),
                recipe,
                dataSha256,
                softwareVersion,
                viewCount > 1 ? viewCount : 0,
                viewFeatures);
    }

    /**
     * One vector per image file, made as {@code recipe} says.
     *
     * @throws IllegalArgumentException if the recipe names another encoder or model file
     * @throws IOException naming the first unreadable image
     */
    public List<float[]> embed(List<Path> files, PatchRecipe recipe, IntConsumer progress)
            throws IOException, EncoderException {
        return embedViews(files, recipe, progress).stream()
                .map(PatchEmbedder::pool)
                .toList();
    }

    /**
     * Each view's vector per image file ([views][dimension], scales concatenated within a view),
     * before the views are averaged; the mean over views is what {@link #embed} returns.
     *
     * @throws IllegalArgumentException if the recipe names another encoder or model file
     * @throws IOException naming the first unreadable image
     */
    public List<float[][]> embedViews(List<Path> files, PatchRecipe recipe, IntConsumer progress)
            throws IOException, EncoderException {
        checkRecipe(recipe);
        List<float[][]> vectors = new ArrayList<>(files.size());
        List<Future<List<RgbImage>>> next = submit(files, 0, recipe);
        try {
            for (int start = 0; start < files.size(); start += IMAGES_PER_ROUND) {
                List<Future<List<RgbImage>>> current = next;
                next = submit(files, start + IMAGES_PER_ROUND, recipe);
                for (Future<List<RgbImage>> future : current) {
                    vectors.add(views(encoder.embed(result(future)), recipe));
                }
                progress.accept(vectors.size());
            }
        } finally {
            next.forEach(future -> future.cancel(true));
        }
        return vectors;
    }

    /**
     * Each view's vector per decoded image ([views][dimension]; for example slide tiles read at
     * the model's resolution by {@code SlideTiles}), made as {@code recipe} says, on the calling
     * thread, before the views are averaged.
     *
     * @throws IllegalArgumentException if the recipe names another encoder or model file
     */
    public List<float[][]> embedImageViews(List<RgbImage> images, PatchRecipe recipe) throws EncoderException {
        checkRecipe(recipe);
        List<float[][]> vectors = new ArrayList<>(images.size());
        for (RgbImage image : images) {
            vectors.add(views(encoder.embed(tiles(image, recipe)), recipe));
        }
        return vectors;
    }

    /**
     * Checks that {@code recipe} was made with this encoder: the same name and model file.
     *
     * @throws IllegalArgumentException naming both when it was not
     */
    public void checkRecipe(PatchRecipe recipe) {
        if (!recipe.encoder().equals(encoder.descriptor().name())
                || !recipe.encoderSha256().equals(encoderSha256)) {
            throw new IllegalArgumentException(
                    "the recipe was made with encoder " + recipe.encoder() + " (model SHA-256 "
                            + recipe.encoderSha256() + ") but this is "
                            + encoder.descriptor().name() + " (" + encoderSha256
                            + ")");
        }
    }

    private List<Future<List<RgbImage>>> submit(List<Path> files, int start, PatchRecipe recipe) {
        List<Future<List<RgbImage>>> futures = new ArrayList<>();
        for (Path file :
                files.subList(Math.min(start, files.size()), Math.min(start + IMAGES_PER_ROUND, files.size()))) {
            futures.add(loaders.submit(() -> {
                try {
                    return tiles(images.read(file), recipe);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return futures;
    }

    /** The tiles of one image: scale by scale, within a scale stain by stain, each stain's views in order. */
    List<RgbImage> tiles(RgbImage image, PatchRecipe recipe) {
        RgbImage fitted = fitted(image);
        List<RgbImage> variants = recipe.stains().stream()
                .map(stain -> normalise(fitted, stain, recipe))
                .toList();
        int width = encoder.descriptor().inputWidth();
        int height = encoder.descriptor().inputHeight();
        List<RgbImage> tiles = new ArrayList<>();
        for (double scale : recipe.scales()) {
            for (RgbImage variant : variants) {
                RgbImage crop = Resampling.resize(Resampling.centreCrop(variant, scale), width, height);
                for (PatchView view : recipe.views().views()) {
                    tiles.add(view.apply(crop));
                }
            }
        }
        return tiles;
    }

    private RgbImage fitted(RgbImage image) {
        return Resampling.resize(
                image, encoder.descriptor().inputWidth(), encoder.descriptor().inputHeight());
    }

    private static RgbImage normalise(RgbImage image, StainNormalisation stain, PatchRecipe recipe) {
        return switch (stain) {
            case NONE -> image;
            case REINHARD -> new ReinhardNormaliser(recipe.reinhardTarget().orElseThrow()).normalise(image);
            case MACENKO -> macenko(image);
        };
    }

    private static RgbImage macenko(RgbImage image) {
        try {
            return new MacenkoNormaliser(MacenkoStains.REFERENCE).normalise(image);
        } catch (IllegalArgumentException e) {
            // Too few stained pixels to estimate stain vectors (a mostly blank patch): nothing to normalise.
            return image;
        }
    }

    /** Each view's vector (stain variant by variant, view by view): its embeddings at every scale, concatenated. */
    private static float[][] views(List<float[]> embeddings, PatchRecipe recipe) {
        int viewCount = recipe.viewCount();
        int scaleCount = recipe.scales().size();
        int dimension = embeddings.get(0).length;
        float[][] views = new float[viewCount][dimension * scaleCount];
        for (int s = 0; s < scaleCount; s++) {
            for (int v = 0; v < viewCount; v++) {
                System.arraycopy(embeddings.get(s * viewCount + v), 0, views[v], s * dimension, dimension);
            }
        }
        return views;
    }

    /** The mean of the views' vectors. */
    static float[] pool(float[][] views) {
        int dimension = views[0].length;
        double[] sum = new double[dimension];
        for (float[] view : views) {
            for (int j = 0; j < dimension; j++) {
                sum[j] += view[j];
            }
        }
        float[] pooled = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            pooled[j] = (float) (sum[j] / views.length);
        }
        return pooled;
    }

    private static LabStatistics meanOf(List<LabStatistics> statistics) {
        ChannelStatistics[] channels = new ChannelStatistics[3];
        for (int channel = 0; channel < 3; channel++) {
            double mean = 0;
            double std = 0;
            for (LabStatistics s : statistics) {
                mean += s.channel(channel).mean();
                std += s.channel(channel).std();
            }
            channels[channel] = new ChannelStatistics(mean / statistics.size(), std / statistics.size());
        }
        return new LabStatistics(channels[0], channels[1], channels[2]);
    }

    private interface FileTask<R> {
        R apply(Path file) throws IOException;
    }

    private <R> List<R> forEach(List<Path> files, FileTask<R> task) throws IOException {
        List<Future<R>> futures = new ArrayList<>();
        for (Path file : files) {
            Callable<R> call = () -> {
                try {
                    return task.apply(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            futures.add(loaders.submit(call));
        }
        List<R> results = new ArrayList<>();
        try {
            for (Future<R> future : futures) {
                results.add(result(future));
            }
        } finally {
            futures.forEach(future -> future.cancel(true));
        }
        return results;
    }

    private static <R> R result(Future<R> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading patches");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("reading patches failed", cause);
        }
    }
}
