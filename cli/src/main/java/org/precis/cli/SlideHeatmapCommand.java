package org.precis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.PatchEmbedder;
import org.precis.embed.pipeline.TilePlan;
import org.precis.embed.pipeline.TileSpec;
import org.precis.imaging.qc.QcSettings;
import org.precis.imaging.qc.StainCheck;
import org.precis.io.file.FileSha256;
import org.precis.learn.heatmap.SlideHeatmap;
import org.precis.learn.heatmap.SlidePredictions;
import org.precis.learn.patch.LoadedPatchModel;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchModels;
import org.precis.report.heatmap.HeatmapFiles;
import org.precis.report.heatmap.HeatmapProvenance;
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
        try (LoadedPatchModel loaded = new PatchModels(DataFolder.resolve(data))
                .load(modelFile, encoder, new OnnxEncoderOptions(Math.max(1, threads), 64), 1)) {
            Files.createDirectories(output);
            try (Slides slides = Slides.withDefaults();
                    Slide slide = slides.open(file)) {
                predict(
                        loaded.classifier(),
                        loaded.encoding().descriptor(),
                        loaded.encoding().encoderSha256(),
                        loaded.embedder(),
                        slide,
                        out);
            }
        }
        out.flush();
        return 0;
    }

    /** Predicts the slide's tissue tiles and writes the heatmap files and the summary. */
    private void predict(
            PatchClassifier model,
            EncoderDescriptor descriptor,
            String encoderSha,
            PatchEmbedder embedder,
            Slide slide,
            PrintWriter out)
            throws Exception {
        TileSpec tiles = selection.spec(descriptor.inputWidth());
        TilePlan plan = selection.planner().plan(slide, tiles);
        StainCheck stain = StainCheck.haematoxylinEosin(slide, plan.grid().slideMpp(), QcSettings.defaults());
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
                plan.tiles().size(),
                onTerminal,
                System::nanoTime);
        SlidePredictions predictions = new SlideHeatmap(model, embedder, 8)
                .predict(slide, plan, progress.shown(onTerminal) ? shown : done -> {});
        shown.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        HeatmapProvenance provenance = provenance(model, descriptor, encoderSha, tiles, stain);
        List<Path> written = new HeatmapFiles(output, stem(file), model.classDisplayNames())
                .write(slide, predictions, provenance, plan.grid().slideMpp());
        new HeatmapText(out)
                .print(
                        file,
                        model,
                        descriptor,
                        tiles,
                        predictions,
                        seconds,
                        written,
                        provenance.intendedUse(model.classNames()));
    }

    private HeatmapProvenance provenance(
            PatchClassifier model, EncoderDescriptor descriptor, String encoderSha, TileSpec tiles, StainCheck stain)
            throws IOException {
        return new HeatmapProvenance(
                file.toString(),
                FileSha256.of(file),
                modelFile.toString(),
                FileSha256.of(modelFile),
                descriptor.name(),
                encoderSha,
                model.provenance(),
                tiles,
                PrecisCommand.VERSION,
                stain);
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceAll("\\.(ome\\.)?[^.]+$", "");
    }
}
