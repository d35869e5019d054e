package org.precis.cli;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.EncoderException;
import org.precis.embed.OnnxEncoder;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.LabelledPatches;
import org.precis.embed.patches.PatchEmbedder;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import org.precis.learn.patch.PatchClassifiers;

/**
 * The patch mode of {@code precis embed}: a folder of labelled patch images into one HDF5 patch
 * set ({@code DIR/patches.h5}: features, per-view features for several views, labels, file names,
 * recipe). The labels file and every image are checked before any embedding starts.
 */
final class EmbedPatchesRun {

    /** The patch set's file name inside the output folder. */
    static final String PATCH_SET_FILE = "patches.h5";

    /** What to embed and how. */
    /** The patches and how to embed them: the options given, or the recipe of the model in {@code recipeFrom}. */
    record Request(Path folder, Path labels, ViewSet views, List<Double> scales, List<StainNormalisation> stains,
            Optional<Path> recipeFrom) {
    }

    private final PrintWriter out;
    private final PrintWriter err;

    EmbedPatchesRun(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Embeds, showing the patch count and rate on stderr as {@code display} says (on a terminal
     * updated in place, elsewhere a line every tenth).
     */
    int run(Request request, EncoderDescriptor descriptor, Path output, int threads, EmbedProgress.Display display)
            throws IOException, EncoderException {
        boolean onTerminal = System.console() != null;
        boolean showProgress = display.shown(onTerminal);
        LabelledPatches patches = LabelledPatches.read(request.folder(), request.labels());
        Files.createDirectories(output);
        ExecutorService loaders = Executors.newFixedThreadPool(Math.max(1, threads));
        try (OnnxEncoder encoder = OnnxEncoder.open(OrtEnvironment.getEnvironment(), descriptor,
                new OnnxEncoderOptions(Math.max(1, threads), 32))) {
            PatchEmbedder embedder = new PatchEmbedder(encoder, PatchEmbedder.modelSha256(encoder), loaders);
            CountProgress shown = new CountProgress(err, "embedding", "patches", patches.size(), onTerminal,
                    System::nanoTime);
            IntConsumer progress = showProgress ? shown : done -> { };
            PatchSet set;
            if (request.recipeFrom().isPresent()) {
                Path model = request.recipeFrom().get();
                PatchRecipe recipe = new PatchClassifiers().read(model).recipe();
                ModelRecipeEmbedding.checkEncoder(embedder, recipe, model);
                set = embedder.embed(patches, recipe, PrecisCommand.VERSION, progress);
            } else {
                set = embedder.embed(patches, request.views(), request.scales(), request.stains(),
                        PrecisCommand.VERSION, progress);
            }
            shown.finish();
            Path file = output.resolve(PATCH_SET_FILE);
            new PatchSets().write(set, file);
            out.println(file);
        } finally {
            loaders.shutdownNow();
        }
        return 0;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        return LabelledEnum.parse(type, constant -> constant.name().toLowerCase(Locale.ROOT), text, what);
    }
}
