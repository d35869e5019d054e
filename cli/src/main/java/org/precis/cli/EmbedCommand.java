package org.precis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.EncoderException;
import org.precis.embed.Encoders;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.PatchSets;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import org.precis.embed.pipeline.PipelineSettings;
import org.precis.embed.pipeline.SlidePipeline;
import org.precis.embed.pipeline.TileSpec;
import org.precis.slide.Slides;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis embed}: tiles to vectors with an encoder. One input mode is chosen: whole slides
 * ({@code --slides}, one feature bag per slide) or a folder of labelled patch images ({@code
 * --patches} with {@code --labels}, one patch set). Bad input (a missing slide, an encoder whose
 * descriptor does not fit its model, an output folder that cannot be written, a labels file naming
 * a missing or unreadable image) is reported in one line before any embedding starts.
 */
@Command(
        name = "embed",
        mixinStandardHelpOptions = true,
        description = "Embed the tissue tiles of slides into HDF5 "
                + "feature bags (CLAM/TRIDENT layout: features [N, D], coords [N, 2] level-0 px), or labelled patch images "
                + "into an HDF5 patch set.")
final class EmbedCommand implements Callable<Integer> {

    /** What is embedded; exactly one mode. */
    static final class Input {
        @Option(
                names = "--slides",
                arity = "1..*",
                paramLabel = "FILE",
                required = true,
                description = "Slides to embed: one bag DIR/<slide stem>.h5 each.")
        List<Path> slides;

        @Option(
                names = "--patches",
                paramLabel = "DIR",
                required = true,
                description = "Folder of patch images, with --labels: one patch set DIR/" + PatchSets.FILE_NAME + ".")
        Path patches;
    }

    /** The patch mode's options. */
    static final class PatchOptions {
        @Option(
                names = "--labels",
                paramLabel = "CSV",
                required = true,
                description = "With --patches: CSV with header path (relative to --patches), label.")
        Path labels;

        @Option(
                names = "--views",
                defaultValue = "identity",
                description =
                        "With --patches: identity or dihedral8 (the 8 flips/rotations; default ${DEFAULT-VALUE}).")
        String views;

        @Option(
                names = "--scales",
                defaultValue = "1",
                split = ",",
                paramLabel = "FRACTION",
                description = "With --patches: centre-crop fractions of the patch side, each resized to the encoder "
                        + "input, embeddings concatenated (default ${DEFAULT-VALUE}).")
        List<Double> scales;

        @Option(
                names = "--stain-norm",
                defaultValue = "none",
                split = ",",
                paramLabel = "STAIN",
                description = "With --patches: none, reinhard or macenko; several, comma-separated, are each a "
                        + "variant of the patch whose views are averaged (stain test-time augmentation, e.g. "
                        + "none,reinhard; default ${DEFAULT-VALUE}).")
        List<String> stains;

        @Option(
                names = "--recipe-from",
                paramLabel = "MODEL_JSON",
                description = "With --patches: embed exactly as this model's recipe says (views, scales, stains and "
                        + "the Reinhard target of its training data), e.g. new images to evaluate it on; not with "
                        + "--views, --scales or --stain-norm.")
        Path recipeFrom;
    }

    @ArgGroup(exclusive = false)
    PatchOptions patchOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(
            names = "--encoder",
            required = true,
            paramLabel = "ENCODER",
            description = "A descriptor JSON file, or the name of a shipped encoder (mobilenet_v2) whose model lies "
                    + "in <data>/models/<name>/.")
    String encoder;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "Folder of the bags.")
    Path output;

    @Option(names = "--tile-px", defaultValue = "224", description = "Tile side in pixels (default ${DEFAULT-VALUE}).")
    int tilePx;

    @Mixin
    TileSelectionOptions selection = new TileSelectionOptions();

    /** With --patches: the separator of the labels CSV. */
    @Mixin
    SeparatorOption separator = new SeparatorOption();

    @Option(names = "--batch", defaultValue = "32", description = "Tiles per model run (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", paramLabel = "N", description = "Inference threads (default: the processors).")
    Integer threads;

    @Option(
            names = "--readers",
            paramLabel = "N",
            description =
                    "Tile reading and decoding threads beside inference (default: half of --threads, at least 1).")
    Integer readers;

    @Option(
            names = "--idle-threads",
            defaultValue = "SLEEP",
            paramLabel = "SPIN|SLEEP",
            description = "What ONNX Runtime's threads do between operators (default ${DEFAULT-VALUE}: leave the cores "
                    + "to the tile readers).")
    OnnxEncoderOptions.IdleThreads idleThreads;

    @Option(
            names = "--bench",
            description = "Measure end-to-end tiles/s against the inference alone instead of "
                    + "keeping existing bags (bags are rewritten).")
    boolean bench;

    @Option(
            names = "--rounds",
            defaultValue = "3",
            description = "Measured rounds per slide with --bench " + "(default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--progress",
            defaultValue = "auto",
            paramLabel = "WHEN",
            converter = EmbedProgress.DisplayConverter.class,
            description = "Progress bar on stderr: auto (on a terminal), always or never (default ${DEFAULT-VALUE}).")
    EmbedProgress.Display progress;

    @Option(names = "--data", description = "Data folder with models/ (default: $PRECIS_DATA, else ../shared).")
    Path data;

    @Spec
    CommandSpec spec;

    /** Bad input found before the work starts: one line, exit code 1. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (input.patches != null) {
            return embedPatches();
        }
        if (patchOptions != null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--labels, --views, --scales and --stain-norm go with --patches, not --slides");
        }
        PrintWriter err = spec.commandLine().getErr();
        TileSpec tiles = selection.spec(tilePx);
        EmbedThreads threadCounts = EmbedThreads.of(threads, readers);
        PipelineSettings settings = PipelineSettings.forReaders(batch, threadCounts.readers());
        try {
            List<Path> slides = checkSlides(input.slides);
            checkOutput(output);
            EncoderDescriptor descriptor = descriptor();
            if (descriptor.inputWidth() != tilePx || descriptor.inputHeight() != tilePx) {
                throw new BadInput(descriptor.source() + ": encoder " + descriptor.name() + " takes "
                        + descriptor.inputWidth() + "x" + descriptor.inputHeight() + " px tiles, --tile-px is "
                        + tilePx);
            }
            try (SlidePipeline pipeline = open(
                            descriptor,
                            new OnnxEncoderOptions(threadCounts.intraOp(), settings.batchSize(), idleThreads),
                            settings,
                            threadCounts.readers());
                    Slides opened = Slides.withDefaults()) {
                EmbedRun run = new EmbedRun(spec.commandLine().getOut(), err, tiles, output);
                if (bench) {
                    return run.bench(
                            pipeline.benchmark(),
                            slides,
                            rounds,
                            threadCounts,
                            settings,
                            idleThreads.name().toLowerCase(java.util.Locale.ROOT));
                }
                try (EmbedProgress listener = new EmbedProgress(err, progress, System.console() != null)) {
                    return run.embed(pipeline.bags(), opened, slides, listener);
                }
            }
        } catch (BadInput e) {
            err.println("precis: " + e.getMessage());
            err.flush();
            return ErrorReporter.INPUT_FAILURE;
        }
    }

    private int embedPatches() throws Exception {
        if (patchOptions == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--patches needs --labels");
        }
        EmbedPatchesRun.Request request = new EmbedPatchesRun.Request(
                input.patches,
                patchOptions.labels,
                separator.separator(),
                EmbedPatchesRun.parse(ViewSet.class, patchOptions.views, "view set"),
                patchOptions.scales,
                patchOptions.stains.stream()
                        .map(stain -> EmbedPatchesRun.parse(StainNormalisation.class, stain, "stain normalisation"))
                        .toList(),
                java.util.Optional.ofNullable(patchOptions.recipeFrom));
        if (patchOptions.recipeFrom != null) {
            for (String option : List.of("--views", "--scales", "--stain-norm")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new picocli.CommandLine.ParameterException(
                            spec.commandLine(),
                            option + " does not go with --recipe-from: the model's recipe says how to embed");
                }
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            EncoderDescriptor descriptor = descriptor();
            return new EmbedPatchesRun(spec.commandLine().getOut(), err)
                    .run(
                            request,
                            descriptor,
                            DataFolder.resolve(data),
                            output,
                            threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                            progress);
        } catch (BadInput e) {
            err.println("precis: " + e.getMessage());
            err.flush();
            return ErrorReporter.INPUT_FAILURE;
        }
    }

    private static List<Path> checkSlides(List<Path> slides) throws BadInput {
        for (Path slide : slides) {
            if (!Files.isRegularFile(slide)) {
                throw new BadInput(slide + ": " + (Files.exists(slide) ? "not a regular file" : "no such file"));
            }
            if (!Files.isReadable(slide)) {
                throw new BadInput(slide + ": not readable");
            }
        }
        return List.copyOf(slides);
    }

    /** Creates the folder and a file in it, so that a run never embeds for an hour and then fails to write. */
    private static void checkOutput(Path folder) throws BadInput {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".precis-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new BadInput(folder + ": output folder cannot be written: " + e.getMessage());
        }
    }

    private EncoderDescriptor descriptor() throws BadInput {
        try {
            return new Encoders(DataFolder.resolve(data)).descriptor(encoder);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        } catch (IOException e) {
            throw new BadInput(encoder + ": cannot read descriptor: " + e.getMessage());
        }
    }

    private SlidePipeline open(
            EncoderDescriptor descriptor, OnnxEncoderOptions options, PipelineSettings settings, int readerThreads)
            throws BadInput, IOException {
        try {
            return SlidePipeline.open(
                    new Encoders(DataFolder.resolve(data)),
                    descriptor,
                    options,
                    settings,
                    readerThreads,
                    selection.planner(),
                    PrecisCommand.VERSION);
        } catch (IllegalArgumentException | EncoderException e) {
            throw new BadInput(e.getMessage().lines().findFirst().orElse(e.toString()));
        }
    }
}
