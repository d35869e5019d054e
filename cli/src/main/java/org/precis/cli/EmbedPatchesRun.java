package org.precis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.EncoderException;
import org.precis.embed.Encoders;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.LabelledPatches;
import org.precis.embed.patches.PatchEncoding;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import org.precis.learn.patch.LoadedPatchModel;
import org.precis.learn.patch.PatchModels;
import org.precis.table.CsvSeparator;

/**
 * The patch mode of {@code precis embed}: a folder of labelled patch images into one HDF5 patch
 * set ({@code DIR/patches.h5}: features, per-view features for several views, labels, file names,
 * recipe). The labels file and every image are checked before any embedding starts.
 */
final class EmbedPatchesRun {

    /** The patches and how to embed them: the options given, or the recipe of the model in {@code recipeFrom}. */
    record Request(
            Path folder,
            Path labels,
            CsvSeparator separator,
            ViewSet views,
            List<Double> scales,
            List<StainNormalisation> stains,
            Optional<Path> recipeFrom) {}

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
    int run(
            Request request,
            EncoderDescriptor encoder,
            Path dataRoot,
            Path output,
            int threads,
            EmbedProgress.Display display)
            throws IOException, EncoderException {
        boolean onTerminal = System.console() != null;
        boolean showProgress = display.shown(onTerminal);
        LabelledPatches patches = LabelledPatches.read(request.folder(), request.labels(), request.separator());
        Files.createDirectories(output);
        int n = Math.max(1, threads);
        OnnxEncoderOptions options = new OnnxEncoderOptions(n, 32);
        CountProgress shown =
                new CountProgress(err, "embedding", "patches", patches.size(), onTerminal, System::nanoTime);
        IntConsumer progress = showProgress ? shown : done -> {};
        PatchSet set;
        if (request.recipeFrom().isPresent()) {
            try (LoadedPatchModel model =
                    new PatchModels(dataRoot).load(request.recipeFrom().get(), encoder, options, n)) {
                set = model.embedder().embed(patches, model.classifier().recipe(), PrecisCommand.VERSION, progress);
            }
        } else {
            try (PatchEncoding encoding = PatchEncoding.open(new Encoders(dataRoot), encoder, options, n)) {
                set = encoding.embedder()
                        .embed(
                                patches,
                                request.views(),
                                request.scales(),
                                request.stains(),
                                PrecisCommand.VERSION,
                                progress);
            }
        }
        shown.finish();
        Path file = output.resolve(PatchSets.FILE_NAME);
        new PatchSets().write(set, file);
        out.println(file);
        return 0;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        return LabelledEnum.parse(type, constant -> constant.name().toLowerCase(Locale.ROOT), text, what);
    }
}
