package org.precis.cli;

import ai.onnxruntime.OrtEnvironment;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.EncoderDescriptors;
import org.precis.embed.OnnxEncoder;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.LabelledPatches;
import org.precis.embed.patches.PatchEmbedder;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis embed-patches}: embeds a folder of labelled patch images into an HDF5 patch set
 * ({@code DIR/patches.h5}) with the recipe recorded. To be merged with the slide mode into one
 * {@code embed} command.
 */
@Command(name = "embed-patches", mixinStandardHelpOptions = true,
        description = "Embed labelled patch images into an HDF5 patch set (features, labels, file names, recipe).")
final class EmbedPatchesCommand implements Callable<Integer> {

    /** The patch set's file name inside the output folder. */
    static final String PATCH_SET_FILE = "patches.h5";

    @Option(names = "--encoder", defaultValue = "mobilenet_v2",
            description = "Shipped encoder name or descriptor JSON file (default ${DEFAULT-VALUE}).")
    String encoderName;

    @Option(names = "--patches", required = true, paramLabel = "DIR", description = "Folder of patch images.")
    Path patchFolder;

    @Option(names = "--labels", required = true, paramLabel = "CSV",
            description = "CSV with header: path (relative to --patches), label, other columns ignored.")
    Path labelsFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Folder to write " + PATCH_SET_FILE + " into (created if missing).")
    Path output;

    @Option(names = "--views", defaultValue = "identity",
            description = "identity or dihedral8 (the 8 flips/rotations, embeddings averaged); default ${DEFAULT-VALUE}.")
    String views;

    @Option(names = "--scales", defaultValue = "1", split = ",", paramLabel = "FRACTION",
            description = "Centre-crop fractions of the patch side, each resized to the encoder input; "
                    + "their embeddings are concatenated (default ${DEFAULT-VALUE}).")
    List<Double> scales = new ArrayList<>();

    @Option(names = "--stain-norm", defaultValue = "none", description = "none, reinhard or macenko (default ${DEFAULT-VALUE}).")
    String stain;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder with models/ (default PRECIS_DATA or ../shared).")
    Path data;

    @Option(names = "--threads", defaultValue = "2", description = "Threads for decoding and inference (default ${DEFAULT-VALUE}).")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ViewSet viewSet = parse(ViewSet.class, views, "view set");
        StainNormalisation stainNormalisation = parse(StainNormalisation.class, stain, "stain normalisation");
        LabelledPatches patches = LabelledPatches.read(patchFolder, labelsFile);
        EncoderDescriptor descriptor = new EncoderDescriptors().resolve(encoderName, DataFolder.resolve(data));
        Files.createDirectories(output);
        PrintWriter err = spec.commandLine().getErr();
        ExecutorService loaders = Executors.newFixedThreadPool(Math.max(1, threads));
        try (OnnxEncoder encoder = OnnxEncoder.open(OrtEnvironment.getEnvironment(), descriptor,
                new OnnxEncoderOptions(Math.max(1, threads), 32))) {
            PatchEmbedder embedder = new PatchEmbedder(encoder, PatchEmbedder.modelSha256(encoder), loaders);
            PatchSet set = embedder.embed(patches, viewSet, scales, stainNormalisation, PrecisCommand.VERSION,
                    done -> {
                        if (done % 64 < 8 || done == patches.size()) {
                            err.printf("\rembedded %d / %d patches", done, patches.size());
                            err.flush();
                        }
                    });
            err.println();
            Path file = output.resolve(PATCH_SET_FILE);
            new PatchSets().write(set, file);
            spec.commandLine().getOut().println(file);
        } finally {
            loaders.shutdownNow();
        }
        return 0;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        return LabelledEnum.parse(type, constant -> constant.name().toLowerCase(Locale.ROOT), text, what);
    }
}
