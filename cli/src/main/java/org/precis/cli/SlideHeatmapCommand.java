package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.imaging.qc.StainCheck;
import org.precis.learn.heatmap.PatchModelHeatmap;
import org.precis.learn.heatmap.PlannedHeatmap;
import org.precis.learn.heatmap.SlideHeatmapResult;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchModels;
import org.precis.report.heatmap.HeatmapFiles;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis slide heatmap}: a patch classifier's predictions over a slide's tissue tiles, as a
 * colour overlay on the thumbnail (one per class and one of the predicted class) and as GeoJSON
 * tile measurements QuPath loads, with a report of which model and encoder made them and on what
 * the model was trained.
 */
@Command(
        name = "heatmap",
        mixinStandardHelpOptions = true,
        description = "Tile-wise predictions of a patch model over a slide: overlay PNGs and QuPath GeoJSON.")
final class SlideHeatmapCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The slide.")
    Path file;

    @Option(names = "--model", required = true, paramLabel = "JSON", description = "Model from patches train.")
    Path modelFile;

    @Option(
            names = "--encoder",
            required = true,
            paramLabel = "ENCODER",
            description =
                    "Descriptor JSON or model folder name under $PRECIS_DATA/models; must be the model's encoder.")
    String encoder;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "Output folder.")
    Path output;

    @Mixin
    TileSelectionOptions selection = new TileSelectionOptions();

    @Option(names = "--threads", defaultValue = "2", description = "Inference threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--data", description = "Data folder with models/ (default: $PRECIS_DATA, else ../shared).")
    Path data;

    @Option(
            names = "--progress",
            defaultValue = "auto",
            paramLabel = "WHEN",
            converter = EmbedProgress.DisplayConverter.class,
            description = "Tiles done and tiles/s on stderr: auto (on a terminal), always or never (default "
                    + "${DEFAULT-VALUE}); a line every tenth when not on a terminal.")
    EmbedProgress.Display progress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (PatchModelHeatmap heatmap = PatchModelHeatmap.open(
                new PatchModels(DataFolder.resolve(data)),
                modelFile,
                encoder,
                new OnnxEncoderOptions(Math.max(1, threads), 64),
                PrecisCommand.VERSION)) {
            Files.createDirectories(output);
            try (Slides slides = Slides.withDefaults();
                    Slide slide = slides.open(file)) {
                predict(heatmap, slide, out);
            }
        }
        out.flush();
        return 0;
    }

    /** Predicts the slide's tissue tiles and writes the heatmap files and the summary. */
    private void predict(PatchModelHeatmap heatmap, Slide slide, PrintWriter out) throws Exception {
        PlannedHeatmap planned = heatmap.plan(slide, selection.selection());
        StainCheck stain = planned.stain();
        if (!stain.consistent()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("precis: warning: " + file + ": the model was trained on " + stain.expectedStain()
                    + " patches but this slide's " + stain.finding() + "; its class fractions here mean nothing");
            err.flush();
        }
        long started = System.nanoTime();
        boolean onTerminal = System.console() != null;
        CountProgress shown = new CountProgress(
                spec.commandLine().getErr(),
                file.getFileName().toString(),
                "tiles",
                planned.plan().tiles().size(),
                onTerminal,
                System::nanoTime);
        SlideHeatmapResult result =
                heatmap.predict(file, slide, planned, progress.shown(onTerminal) ? shown : done -> {});
        shown.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        PatchClassifier model = heatmap.model();
        List<Path> written = new HeatmapFiles(output, stem(file), model.classDisplayNames())
                .write(slide, result.predictions(), result.provenance(), result.slideMpp());
        new HeatmapText(out)
                .print(
                        file,
                        model,
                        heatmap.encoder(),
                        planned.tiles(),
                        result.predictions(),
                        seconds,
                        written,
                        result.provenance().intendedUse(model.classNames()));
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceAll("\\.(ome\\.)?[^.]+$", "");
    }
}
